//! Today's date on the device: the default assessment date. The page reads it, and the engine
//! worker when it draws a result link's result before the page's app (`screens::link_result`).

use crate::rules::Date;

pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::new(
        u16::try_from(now.get_full_year()).ok()?,
        u8::try_from(now.get_month() + 1).ok()?,
        u8::try_from(now.get_date()).ok()?,
    )
}
