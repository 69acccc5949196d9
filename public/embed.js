/* Cek Jamsostek embed loader. On a municipal page:
   <script src="https://APP/embed.js" data-region="13.71" data-lang="id" data-color="#0b5d3b" async></script>
   data-region: a Kemendagri code (13.71, 1371, 13) or the id of the city's own region file.
   It inserts the app in an iframe after itself and resizes it to the app's height. */
(function () {
  var s = document.currentScript;
  if (!s) return;
  var app = new URL('./', s.src);
  var d = s.dataset, p = ['embed=1'];
  if (/^([0-9]{2}(\.?[0-9]{2})?|[a-z0-9_-]{1,40})$/.test(d.region || '')) p.push('region=' + d.region);
  if (d.lang === 'id' || d.lang === 'en') p.push('lang=' + d.lang);
  var c = (d.color || '').replace(/^#/, '');
  if (/^([0-9a-f]{3}){1,2}$/i.test(c)) p.push('color=' + c);
  var f = document.createElement('iframe');
  f.src = app.href + '#' + p.join('&');
  f.title = d.lang === 'en' ? 'Cek Jamsostek: check your BPJS Ketenagakerjaan' : 'Cek Jamsostek: cek BPJS Ketenagakerjaan Anda';
  f.style.cssText = 'width:100%;height:600px;border:0;display:block';
  // Lets the app open the phone's share sheet and copy its link from inside the frame.
  f.allow = 'web-share; clipboard-write';
  s.parentNode.insertBefore(f, s.nextSibling);
  addEventListener('message', function (e) {
    var m = e.data;
    if (e.origin !== app.origin || e.source !== f.contentWindow || !m || m.kind !== 'resize-height') return;
    var h = Math.round(Number(m.value));
    if (h > 0 && h < 100000) f.style.height = h + 'px';
  });
})();
