//! Mounts the app. On other targets there is nothing to run: the engine is a library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    cek_jamsostek::ui::start();
}
