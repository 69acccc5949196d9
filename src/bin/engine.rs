//! The engine worker's entry point (see `cek_jamsostek::engine_worker`). On other targets there
//! is nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    cek_jamsostek::engine_worker::start();
}
