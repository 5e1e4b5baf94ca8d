// The web front end's one stylesheet, served by the binary itself: no external fonts, scripts
// or CDNs.
#pragma once

#include <string_view>

namespace onrecord {

inline constexpr std::string_view kStylesheet = R"css(
:root { --ink: #1d2330; --muted: #5d6675; --line: #dde1e8; --accent: #1f5fbf; --mark: #fff0a8; --bg: #fbfbf9; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
header.top { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; padding: .9rem 1.25rem; background: #fff; border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; font-size: 1.25rem; color: var(--ink); letter-spacing: -.02em; }
form.search { display: flex; flex: 1 1 28rem; gap: .5rem; flex-wrap: wrap; align-items: center; }
form.search input[type=search] { flex: 1 1 16rem; padding: .55rem .7rem; font-size: 1rem; border: 1px solid #b9c0cc; border-radius: 6px; }
button, .button { padding: .55rem 1rem; font-size: 1rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
label.check { color: var(--muted); font-size: .95rem; white-space: nowrap; }
main.layout { display: grid; grid-template-columns: 16rem 1fr; gap: 1.5rem; max-width: 72rem; margin: 0 auto; padding: 1.25rem; }
main.page { max-width: 46rem; margin: 0 auto; padding: 1.25rem; }
@media (max-width: 760px) { main.layout { grid-template-columns: 1fr; } aside.facets { order: 2; } }
aside.facets h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1.2rem 0 .4rem; }
aside.facets ul { list-style: none; padding: 0; margin: 0; }
aside.facets li a { display: flex; justify-content: space-between; gap: .5rem; padding: .15rem .3rem; border-radius: 4px; color: var(--ink); }
aside.facets li a.on { background: #e4edfb; font-weight: 600; }
aside.facets .count { color: var(--muted); font-variant-numeric: tabular-nums; }
.histogram { display: block; width: 100%; height: 5rem; padding-top: .25rem; border-bottom: 1px solid var(--muted); max-width: 100%; }
.histogram rect { fill: #3f6fb8; }
.histogram a:hover rect, .histogram a.on rect, .histogram a:focus rect { fill: var(--accent); }
.histogram-labels span:only-child { margin: 0 auto; }
.histogram-labels { display: flex; justify-content: space-between; font-size: .75rem; color: var(--muted); }
.summary { color: var(--muted); margin: 0 0 1rem; }
blockquote.big { font-size: 1.5rem; margin: 1rem 0; } output.cite { display: block; padding: .5rem; background: #f4f6fa; border-radius: 4px; user-select: all; }
a.permalink { font-size: .8rem; color: var(--muted); }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1.5rem; }
ul.plain { list-style: none; padding: 0; } ul.plain li { padding: .15rem 0; }
.count { color: var(--muted); font-variant-numeric: tabular-nums; }
table.speakers { border-collapse: collapse; width: 100%; max-width: 40rem; }
table.speakers th, table.speakers td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); }
table.speakers td + td, table.speakers th + th { text-align: right; font-variant-numeric: tabular-nums; }
a.profile { font-size: .8rem; color: var(--muted); }
form.find { display: flex; gap: .5rem; margin: 0 0 1rem; }
.chips a { display: inline-block; margin: 0 .35rem .35rem 0; padding: .1rem .55rem; border: 1px solid var(--line); border-radius: 999px; font-size: .9rem; background: #fff; }
ol.results { list-style: none; padding: 0; margin: 0; }
ol.results > li { padding: 1rem 0; border-bottom: 1px solid var(--line); }
ol.results h3 { margin: 0 0 .2rem; font-size: 1.1rem; }
.meta { color: var(--muted); font-size: .9rem; }
.snippet { margin: .35rem 0 0; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
blockquote.quote { margin: 0; padding: .2rem 0 .2rem 1rem; border-left: 4px solid var(--accent); font-size: 1.08rem; }
.attribution { margin: .35rem 0 0; }
.more { font-size: .9rem; color: var(--muted); }
nav.pages { display: flex; gap: .5rem; flex-wrap: wrap; margin: 1.2rem 0; }
nav.pages a, nav.pages span { padding: .3rem .7rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
nav.pages span.current { background: var(--accent); color: #fff; border-color: var(--accent); }
.suggestion { background: #fff7e0; padding: .5rem .75rem; border-radius: 6px; }
.error { background: #fde8e8; padding: .75rem 1rem; border-radius: 6px; }
article.full h1 { margin: .2rem 0 .4rem; line-height: 1.25; }
article.full p { margin: 0 0 1rem; }
q.quotation { quotes: none; background: #eef3fc; border-radius: 3px; padding: 0 .1em; }
q.quotation.term, q.quotation.scare { background: #f3f0e8; }
a.speaker-link { font-size: .8rem; margin-left: .25rem; white-space: nowrap; }
form.add label { display: block; margin: .6rem 0 .2rem; font-weight: 600; }
form.add input, form.add textarea { width: 100%; padding: .5rem; font: inherit; border: 1px solid #b9c0cc; border-radius: 6px; }
form.add textarea { min-height: 14rem; }
)css";

}  // namespace onrecord
