//! The staff page's Excel worker's entry point (see `cek_jamsostek::workers::sheets`), loaded by
//! `staff.html` when a workbook is chosen or asked for. On other targets there is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    cek_jamsostek::workers::sheets::start();
}
