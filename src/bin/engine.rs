//! The engine worker's entry point (see `cek_jamsostek::workers::engine`). On other targets there
//! is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    cek_jamsostek::workers::engine::start();
}
