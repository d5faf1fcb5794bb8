"use strict";
// Results: every run in this session's folder, each opening its figures, chart, dataset and report.
(() => {
  const table = document.getElementById("runs");
  const detail = document.getElementById("run-detail");

  INFO.then(info => { if (info) document.getElementById("output-dir").textContent = info.outputFolder; });

  window.refreshResults = async () => {
    const r = await api("/api/runs");
    if (!r.ok) return;
    table.replaceChildren(el("thead", {}, el("tr", {}, ...["Run", "Status", "Students", "Goals met", "Files", ""].map(h => el("th", {}, h)))));
    const body = el("tbody");
    for (const run of r.body) {
      const open = el("button", { type: "button" }, "Open");
      open.addEventListener("click", () => openRun(run.id));
      const goals = run.staffing ? run.staffing.sentence : (run.results || []).map(p => `${p.policy} ${fmt.percent(p.goalsMetPercent)}`).join(", ");
      body.append(el("tr", { dataset: { run: run.id } },
        el("td", {}, run.id), el("td", {}, run.status), el("td", {}, run.scenario ? run.scenario.students.toLocaleString("en-US") : ""),
        el("td", {}, goals), el("td", {}, fileLinks(run)), el("td", {}, run.status === "done" && run.results ? open : "")));
    }
    if (r.body.length === 0) body.append(el("tr", {}, el("td", { colspan: "6" }, "No runs yet in this session.")));
    table.append(body);
  };

  async function openRun(id) {
    const r = await api(`/api/runs/${encodeURIComponent(id)}`);
    if (!r.ok) return;
    const run = r.body;
    const rows = run.results.map(p => el("tr", {},
      el("td", {}, p.policy), el("td", {}, fmt.percent(p.goalsMetPercent)), el("td", {}, fmt.points(p.meanProgress)),
      el("td", {}, fmt.percent(p.compliancePercent)), el("td", {}, fmt.number(p.caseloadPerFte))));
    const chart = el("div", { class: "svg-holder" });
    detail.replaceChildren(
      el("h2", {}, run.id),
      el("p", { class: "description" }, run.scenario ? run.scenario.description : ""),
      el("table", {}, el("thead", {}, el("tr", {}, ...["Policy", "Goals met", "Mean progress", "Delivered / prescribed", "Caseload per FTE"].map(h => el("th", {}, h)))), el("tbody", {}, ...rows)),
      el("p", { class: "description" }, run.scenario && run.scenario.minutesPerWeek ? "Minutes per week: " + run.scenario.minutesPerWeek.map(m => `${m.policy}: ${m.text}`).join(" | ") : ""),
      el("p", { class: "headline" }, run.reveal.headline),
      el("p", { class: "detail" }, run.reveal.detail),
      chart,
      el("p", {}, fileLinks(run)));
    detail.hidden = false;
    loadChartInto(chart, run.id);
  }
})();
