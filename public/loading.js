// Trunk initializer: on a slow connection (3G), after 1.5 s of loading the static shell says how
// much of the app has arrived; if loading fails, it says what to do instead.
export default function loading() {
  let timer;
  let shown = false;
  let percent = 0;
  const say = (text) => {
    const line = document.getElementById('loading');
    if (line) {
      line.hidden = false;
      line.textContent = text;
    }
  };
  return {
    onStart() {
      timer = setTimeout(() => {
        shown = true;
        say(`Memuat aplikasi… ${percent}%`);
      }, 1500);
    },
    onProgress({ current, total }) {
      percent = total ? Math.min(100, Math.round((100 * current) / total)) : 0;
      if (shown) say(`Memuat aplikasi… ${percent}%`);
    },
    onComplete() {
      clearTimeout(timer);
    },
    onFailure() {
      say('Aplikasi gagal dimuat. Muat ulang halaman, atau telepon BPJS Ketenagakerjaan 175.');
    },
  };
}
