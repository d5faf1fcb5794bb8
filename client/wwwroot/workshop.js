"use strict";
// Workshop mode: run a preset, play the school year back week by week as cells stream in, then the reveal.
(() => {
  const $ = id => document.getElementById(id);
  const state = { run: null, start: null, curves: [], week: 0, playing: false, done: null, failed: false, source: null, timer: null, speed: 1 };
  // Another viewer's run (or a staffing run) going on the server: Play waits for it; a workshop run can be watched.
  let other = null;

  INFO.then(info => {
    if (!info) return;
    for (const p of info.presets) $("preset").append(el("option", { value: p.id }, p.name));
    const describe = () => {
      const p = info.presets.find(x => x.id === $("preset").value);
      $("preset-description").textContent = p ? `${p.students} students, ${p.policies.length} policies x ${p.replications} replications. ${p.description}` : "";
      $("preset-seed").placeholder = p ? String(p.seed) : "";
    };
    $("preset").addEventListener("change", describe);
    describe();
  });

  function setButtons() {
    const active = state.run !== null;
    $("pause").disabled = !active || !state.playing;
    $("step").disabled = !active || state.week >= maxWeek();
    $("to-end").disabled = !active || state.week >= maxWeek();
    $("play").innerHTML = state.playing ? "&#9654; Playing" : (active && state.week > 0 && state.week < weeks() ? "&#9654; Resume" : "&#9654; Play");
    const serverRunning = active && !state.done && !state.failed;
    $("play").disabled = state.playing || other !== null || (serverRunning && state.week >= maxWeek());
    const busy = $("busy");
    busy.hidden = other === null;
    if (other) {
      const watchable = other.source === "preset";
      busy.replaceChildren(`Busy: ${other.id} is running, so Play waits.`, watchable ? " " : " It is free again when that run ends.");
      if (watchable) {
        const join = el("button", { type: "button", id: "watch" }, "Watch it");
        join.addEventListener("click", () => { const o = other; other = null; watch(o); });
        busy.append(join);
      }
    }
  }

  // Who else is running something: a page with nothing on it joins a workshop run that is going.
  async function checkActive() {
    const r = await api("/api/runs/active");
    other = r.status === 200 && (!state.run || r.body.id !== state.run.id) ? r.body : null;
    if (other && other.source === "preset" && !state.run) { const o = other; other = null; watch(o); return; }
    setButtons();
  }

  const weeks = () => state.start ? state.start.weeks : 36;
  // The furthest week every streamed policy has data for: playback never runs ahead of the simulation.
  function maxWeek() {
    if (!state.start) return 0;
    return state.curves.some(c => c) ? weeks() : 0;
  }

  async function play() {
    showBanner("");
    if (state.run && !state.finishedPlayback) { state.playing = true; tick(); setButtons(); return; }
    $("preset-error").hidden = true;
    const body = { preset: $("preset").value };
    const seed = $("preset-seed").value.trim();
    if (seed !== "") body.seed = Number(seed);
    const r = await api("/api/runs", { json: body });
    if (r.status === 429) { await checkActive(); if (other && other.source === "preset") { const o = other; other = null; watch(o); } return; }
    if (!r.ok) { $("preset-error").textContent = r.body.message || "The run could not start."; $("preset-error").hidden = false; return; }
    watch(r.body);
  }

  // Streams a run's cells (our own, or one another viewer started) and plays its year back.
  function watch(run) {
    reset(run);
    state.playing = true;
    const source = new EventSource(`/api/runs/${encodeURIComponent(run.id)}/events`);
    state.source = source;
    source.addEventListener("start", e => { state.start = JSON.parse(e.data); state.curves = state.start.policies.map(() => null); draw(); });
    source.addEventListener("cell", e => {
      const c = JSON.parse(e.data);
      state.curves[c.policyIndex] = c.curve;
      $("cells-label").textContent = `Simulation: ${c.cellsDone} of ${c.cellsTotal} policy-years finished on the ${state.start.engine}`;
      draw();
    });
    source.addEventListener("done", e => { state.done = JSON.parse(e.data); source.close(); $("cells-label").textContent += " (complete)"; maybeReveal(); setButtons(); });
    source.addEventListener("failed", e => { source.close(); state.playing = false; state.failed = true; showBanner(JSON.parse(e.data).message); setButtons(); });
    tick();
    setButtons();
  }

  function reset(run) {
    if (state.source) state.source.close();
    clearTimeout(state.timer);
    Object.assign(state, { run, start: null, curves: [], week: 0, playing: false, done: null, failed: false, finishedPlayback: false });
    $("year-end").hidden = true;
    $("cells-label").textContent = run ? "Simulation: starting..." : "";
    draw();
  }

  function tick() {
    clearTimeout(state.timer);
    if (!state.playing) return;
    if (state.week < maxWeek()) { state.week++; draw(); }
    if (state.week >= weeks() && state.start) { state.playing = false; state.finishedPlayback = true; maybeReveal(); setButtons(); return; }
    state.timer = setTimeout(tick, 900 / Number($("speed").value));
    setButtons();
  }

  function maybeReveal() {
    if (!state.done || state.week < weeks()) return;
    state.finishedPlayback = true;
    showYearEnd(state.done);
  }

  function draw() {
    const w = weeks();
    $("week-label").textContent = state.run ? `Week ${state.week} of ${w}` + (state.start && state.start.holidayWeeks.includes(state.week) ? " (holiday)" : "") : "Press Play to start the school year";
    const goal = state.start ? state.start.goalPoints : 7;
    const all = state.curves.filter(c => c).flatMap(c => c.weeks);
    const progressMin = Math.min(-1, ...all.map(p => Math.floor(p.progress)));
    const progressMax = Math.max(goal + 2, ...all.map(p => Math.ceil(p.progress) + 1));
    const colors = colorIndexes(state.start ? state.start.policies : []);
    const series = key => state.curves.map(c => c ? { name: c.policy, index: colors[c.policy], points: c.weeks.filter(p => p.week <= state.week).map(p => [p.week, p[key]]) } : null).filter(s => s);
    drawLineChart($("chart-progress"), series("progress"), { xMax: w, yMin: progressMin, yMax: progressMax, xLabel: "Week of the school year", reference: { y: goal, label: `IEP goal: ${goal} points` } });
    drawLineChart($("chart-ontrack"), series("onTrackPercent"), { xMax: w, yMin: 0, yMax: 100, xLabel: "Week of the school year", yUnit: "%" });
    setButtons();
  }

  function showYearEnd(done) {
    const tiles = $("tiles");
    tiles.replaceChildren();
    const colors = colorIndexes(done.results.map(p => p.policy));
    done.results.forEach(p => {
      tiles.append(el("div", { class: "tile", dataset: { policy: p.policy } },
        el("h3", {}, el("span", { class: "swatch", style: `background:${policyColor(colors[p.policy])}` }), p.policy),
        el("div", { class: "big goals-met" }, fmt.percent(p.goalsMetPercent)),
        el("div", { class: "small" }, "met their goal"),
        el("div", { class: "small" }, el("strong", { class: "mean-progress" }, fmt.points(p.meanProgress)), " mean progress"),
        el("div", { class: "small" }, el("strong", { class: "compliance" }, fmt.percent(p.compliancePercent)), " of prescribed minutes delivered")));
    });
    $("reveal-title").textContent = done.reveal.title;
    $("reveal-title").dataset.verdict = done.reveal.verdict;
    $("reveal-headline").textContent = done.reveal.headline;
    $("reveal-detail").textContent = done.reveal.detail;
    $("reveal").hidden = true;
    $("reveal-button").hidden = false;
    $("year-end").hidden = false;
    $("year-end").scrollIntoView({ behavior: "smooth", block: "start" });
    loadChartInto($("reveal-chart"), state.run.id);
  }

  $("play").addEventListener("click", play);
  $("reveal-button").addEventListener("click", () => {
    $("reveal").hidden = false;
    $("reveal-button").hidden = true;
    $("reveal").scrollIntoView({ behavior: "smooth", block: "start" });
  });
  $("preset").addEventListener("change", () => { if (!state.playing) { reset(null); state.run = null; draw(); } });
  $("pause").addEventListener("click", () => { state.playing = false; clearTimeout(state.timer); setButtons(); });
  $("step").addEventListener("click", () => { state.playing = false; clearTimeout(state.timer); if (state.week < maxWeek()) state.week++; draw(); maybeReveal(); });
  // Jumps to the last week the simulation has streamed (the whole year once any policy's cells are in).
  $("to-end").addEventListener("click", () => {
    clearTimeout(state.timer);
    state.playing = false;
    state.week = maxWeek();
    draw();
    if (state.week >= weeks()) { state.finishedPlayback = true; maybeReveal(); }
    setButtons();
  });
  $("speed").addEventListener("change", () => { if (state.playing) tick(); });
  draw();
  checkActive();
  setInterval(checkActive, 2500);
})();
