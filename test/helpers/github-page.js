// Browser side of test/e2e/summary-render.test.ts (loaded into the page with addScriptTag;
// plain JavaScript: the project's TypeScript has no DOM types). window.githubPage:
//   autolink()      GitHub's autolinker, simulated over the page's text nodes
//   renderCharts()  mermaid blocks rendered as GitHub renders them, with what the checks need
//   measure()       table cells taller than 3 lines, and autolinked @ text
(function () {
  /**
   * GitHub (cmark-gfm's autolink extension) links www. and http(s):// URLs and e-mail
   * addresses in the Markdown text, and the text between raw HTML tags is Markdown text to
   * it: `<code>yarn@1.22.22</code>` written as raw HTML becomes a mailto link (a backtick
   * code span would not). Every inline `<code>` buildstage writes is raw HTML, so text inside
   * `<code>` is linked here too; only fenced code (`<pre>`) and existing links are left alone.
   */
  function autolink() {
    const EMAIL = /[A-Za-z0-9.+_-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+/g;
    const URL_ = /(?:https?:\/\/|www\.)[^\s<]+/g;
    const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement.closest('a, pre')) nodes.push(n);
    for (const t of nodes) {
      const text = t.data;
      const found = [...text.matchAll(EMAIL)]
        .map((m) => ({ i: m.index, s: m[0], href: `mailto:${m[0]}` }))
        .concat([...text.matchAll(URL_)].map((m) => ({ i: m.index, s: m[0], href: m[0] })));
      if (!found.length) continue;
      found.sort((a, b) => a.i - b.i);
      const frag = document.createDocumentFragment();
      let at = 0;
      for (const f of found) {
        if (f.i < at) continue;
        frag.append(text.slice(at, f.i));
        const a = document.createElement('a');
        a.href = f.href;
        a.dataset.autolinked = 'true';
        a.textContent = f.s;
        frag.append(a);
        at = f.i + f.s.length;
      }
      frag.append(text.slice(at));
      t.replaceWith(frag);
    }
  }

  /** Each ```mermaid block rendered in its place; for each: error, bars drawn, tasks written, tick labels, where the first bar and the axis start. */
  async function renderCharts() {
    const mermaid = window.mermaid;
    mermaid.initialize({ startOnLoad: false, theme: 'default' });
    const out = [];
    let i = 0;
    for (const code of [...document.querySelectorAll('pre > code.language-mermaid')]) {
      const text = code.textContent || '';
      const pre = code.parentElement;
      try {
        const { svg } = await mermaid.render(`chart${i++}`, text);
        const div = document.createElement('div');
        div.className = 'mermaid-chart';
        div.innerHTML = svg;
        pre.replaceWith(div);
        const bars = [...div.querySelectorAll('rect.task')];
        const ticks = [...div.querySelectorAll('g.tick')];
        out.push({
          error: null,
          bars: bars.length,
          tasks: text.split('\n').filter((l) => /:(crit, )?[te]\d+, \d+, \d+$/.test(l)).length,
          ticks: ticks.map((t) => t.textContent || ''),
          firstBarX: Math.min(...bars.map((b) => b.getBoundingClientRect().left)),
          axisStartX: Math.min(...ticks.map((t) => t.getBoundingClientRect().left + t.getBoundingClientRect().width / 2))
        });
      } catch (e) {
        out.push({ error: String(e), bars: 0, tasks: 0, ticks: [], firstBarX: 0, axisStartX: 0 });
      }
    }
    return out;
  }

  /** Lines of text a cell's content takes: the height of its content over the cell's line height. */
  function linesOf(cell) {
    // the rendered text only: not what a closed <details> in the cell holds
    const rects = [];
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement.checkVisibility() || !n.data.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      rects.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
    }
    if (!rects.length) return 0;
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    return Math.round((bottom - top) / parseFloat(getComputedStyle(cell).lineHeight));
  }

  /**
   * With the sections folded in <details> opened, as a reader opens them (the full text of a
   * step, a <details> inside a cell, stays closed, as it loads): the cells over 3 lines, and
   * the links GitHub would make of text with an @.
   */
  function measure() {
    for (const d of document.querySelectorAll('details')) if (!d.closest('td')) d.open = true;
    const tallCells = [];
    for (const cell of document.querySelectorAll('td, th')) {
      const lines = linesOf(cell);
      if (lines > 3) tallCells.push({ lines, text: (cell.innerText || '').slice(0, 120) });
    }
    const autolinked = [...document.querySelectorAll('a')]
      .filter((a) => (a.dataset.autolinked === 'true' && (a.textContent || '').includes('@')) || (a.getAttribute('href') || '').startsWith('mailto:'))
      .map((a) => a.textContent || '');
    return { tallCells, autolinked };
  }

  window.githubPage = { autolink, renderCharts, measure };
})();
