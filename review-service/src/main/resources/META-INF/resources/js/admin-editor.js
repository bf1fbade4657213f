// Admin BPMN editor: bpmn-js (served from /vendor, built from the npm registry by Maven) edits the model; the
// release-gate verifier runs on the server and its violations are marked on the diagram before anything is deployed.
const root = document.getElementById('editor');
const status = document.getElementById('editor-status');
const list = document.getElementById('violations');
const csrf = document.querySelector('meta[name="csrf-token"]').content;
let marked = [];

function say(text) {
  status.textContent = text;
}

if (!window.BpmnJS) {
  say('The diagram editor could not be loaded (bpmn-js is missing from this build). You can still download the XML.');
} else {
  const modeler = new window.BpmnJS({ container: '#canvas' });
  // For the browser tests and the console: the editor on this page.
  window.careloopModeler = modeler;
  const canvas = modeler.get('canvas');
  const overlays = modeler.get('overlays');
  const registry = modeler.get('elementRegistry');

  const load = async (xml) => {
    try {
      await modeler.importXML(xml);
      canvas.zoom('fit-viewport');
      clearMarks();
      say('Diagram loaded. Edit it, then check it against the release gate.');
    } catch (e) {
      say('This file could not be read as BPMN: ' + e.message);
    }
  };

  const currentXml = async () => (await modeler.saveXML({ format: true })).xml;

  function clearMarks() {
    for (const id of marked) {
      if (registry.get(id)) canvas.removeMarker(id, 'violation');
    }
    overlays.remove({ type: 'violation' });
    marked = [];
    list.replaceChildren();
  }

  function showViolations(violations) {
    clearMarks();
    if (!violations.length) return;
    const heading = document.createElement('h2');
    heading.textContent = `The release gate found ${violations.length} problem${violations.length === 1 ? '' : 's'}`;
    const ol = document.createElement('ol');
    ol.className = 'violations';
    ol.dataset.testid = 'violations';
    violations.forEach((v, index) => {
      const li = document.createElement('li');
      li.dataset.elementId = v.elementId;
      const rule = document.createElement('strong');
      rule.textContent = v.rule;
      li.append(rule, ` on ${v.elementId}: ${v.message}`);
      if (v.path && v.path.length) {
        const path = document.createElement('div');
        path.className = 'fine';
        path.textContent = 'Path: ' + v.path.join(' → ');
        li.append(path);
      }
      ol.append(li);
      if (registry.get(v.elementId)) {
        canvas.addMarker(v.elementId, 'violation');
        marked.push(v.elementId);
        const badge = document.createElement('span');
        badge.className = 'violation-badge';
        badge.textContent = `${index + 1} ${v.rule}`;
        overlays.add(v.elementId, 'violation', { position: { top: -12, left: 0 }, html: badge });
      }
    });
    list.append(heading, ol);
  }

  async function post(url, xml) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/xml', 'X-CSRF-Token': csrf, Accept: 'application/json' },
      body: xml,
    });
  }

  document.getElementById('verify').addEventListener('click', async () => {
    say('Checking…');
    const response = await post('/admin/verify', await currentXml());
    if (!response.ok) {
      say('The check failed: ' + response.status + ' ' + (await response.text()));
      return;
    }
    const result = await response.json();
    showViolations(result.violations);
    say(result.valid ? 'The model passes the release gate. You can deploy it.'
      : 'The model does not pass the release gate: see the problems below and the marked elements.');
  });

  document.getElementById('deploy').addEventListener('click', async () => {
    say('Deploying…');
    const name = encodeURIComponent(root.dataset.fileName);
    const response = await post('/admin/deploy?name=' + name, await currentXml());
    const body = await response.json().catch(() => ({}));
    if (response.status === 201) {
      clearMarks();
      const versions = (body.definitions || []).map((d) => `${d.key} version ${d.version}`).join(', ');
      say(body.duplicate ? 'This model is already deployed: no new version was made.'
        : `Deployed: ${versions}. New messages use it; running ones stay on their version.`);
    } else if (response.status === 422) {
      showViolations(body.details.violations);
      say('Refused: the model was not deployed. See the problems below and the marked elements.');
    } else {
      say('Not deployed: ' + (body.message || response.status));
    }
  });

  document.getElementById('open-file').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (file) await load(await file.text());
  });

  document.getElementById('download').addEventListener('click', async () => {
    const blob = new Blob([await currentXml()], { type: 'application/xml' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = root.dataset.fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  });

  fetch(root.dataset.xml, { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.status))))
    .then(load)
    .catch((e) => say('The diagram could not be loaded: ' + e.message));
}
