/** The reader's CSS: mobile first, no framework, served inline with the page. */
export const READER_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;overscroll-behavior:none}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;background:#2b2b2b;color:#111;
  display:flex;flex-direction:column;-webkit-text-size-adjust:100%}
a{color:#0b57d0}
.bar{display:flex;align-items:center;gap:.5rem;padding:.5rem .75rem;background:#8b1a1a;color:#fff;min-height:3rem}
.bar a{color:#fff;text-decoration:none;font-weight:600;white-space:nowrap}
.bar h1{font-size:1rem;margin:0;flex:1;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.bar .count{font-variant-numeric:tabular-nums;white-space:nowrap}
/* Horizontal swipes and pinches belong to the reader (page flip, zoom), not to the browser's back gesture. */
.viewer{flex:1;overflow:hidden;position:relative;touch-action:pan-y;overscroll-behavior:contain;background:#2b2b2b}
.viewer.zoomed{overflow:auto;touch-action:pan-x pan-y}
.page{position:relative;margin:0 auto;background:#fff;box-shadow:0 2px 12px rgba(0,0,0,.5)}
.page img{display:block;width:100%;height:100%;user-select:none;-webkit-user-drag:none}
.zone{position:absolute;border:2px solid rgba(11,87,208,.0);background:rgba(11,87,208,.0);padding:0;cursor:pointer;
  border-radius:2px;transition:background .15s,border-color .15s}
.zone:hover,.zone:focus-visible,.show-zones .zone{border-color:rgba(11,87,208,.85);background:rgba(11,87,208,.12)}
.controls{display:flex;gap:.25rem;justify-content:space-between;padding:.4rem;background:#1d1d1d}
.controls button,.sheet-close,.login button{font:inherit;border:0;border-radius:.4rem;padding:.55rem .8rem;
  background:#f1f1f1;color:#111;min-width:2.75rem;min-height:2.75rem;cursor:pointer}
.controls button:disabled{opacity:.4;cursor:default}
.strip{display:flex;gap:.4rem;overflow-x:auto;padding:.4rem;background:#1d1d1d}
.strip button{flex:none;border:2px solid transparent;padding:0;background:none;cursor:pointer}
.strip button[aria-current=true]{border-color:#ffcc00}
.strip img{display:block;width:60px;height:auto}
.sheet{position:fixed;inset:0;background:rgba(0,0,0,.55);display:flex;align-items:flex-end;justify-content:center;z-index:10}
.sheet[hidden]{display:none}
.sheet-panel{background:#fff;width:100%;max-width:46rem;max-height:88vh;overflow:auto;border-radius:1rem 1rem 0 0;
  padding:1rem 1.1rem 2rem;line-height:1.6;font-size:1.05rem}
.sheet-panel h2{font-size:1.4rem;line-height:1.3;margin:.25rem 0 .5rem}
.sheet-panel .standfirst{font-weight:600}
.sheet-panel .byline{color:#555;font-size:.9rem}
.sheet-close{float:right}
.list{padding:1rem;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));background:#f4f1ea;flex:1}
.list a{display:block;text-decoration:none;color:#111;background:#fff;border-radius:.5rem;overflow:hidden;
  box-shadow:0 1px 4px rgba(0,0,0,.15)}
.list img{display:block;width:100%;aspect-ratio:842/1191;object-fit:cover;background:#ddd}
.list span{display:block;padding:.5rem;font-size:.9rem}
.message{background:#f4f1ea;padding:1.5rem;flex:1}
.message p{max-width:36rem}
.login{display:grid;gap:.6rem;max-width:22rem}
.login input{font:inherit;padding:.6rem;border:1px solid #999;border-radius:.4rem}
.login .error{color:#b00020;min-height:1.2em}
.pager{display:flex;gap:1rem;padding:0 1rem 1rem;background:#f4f1ea}
article img{max-width:100%;height:auto}
.zoom-label{color:#fff;align-self:center;font-variant-numeric:tabular-nums}
.article-page{margin:auto;border-radius:1rem}
`
