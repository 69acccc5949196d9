//! The page for municipal staff (`staff.html`): a scheme builder, a budget planner and a list
//! check, all on the device. Pure Rust, tested natively; the staff worker (`workers::staff`) runs
//! it in the browser and the page only places what it draws.

pub mod budget;
pub mod csv_reader;
pub mod draft;
pub mod list_check;
pub mod page;
pub mod workbook_reader;
