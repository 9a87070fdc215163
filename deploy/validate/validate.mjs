// Offline validation of Noaber's deployment files (issue #10), run by deploy/validate.sh.
//
//   node validate.mjs <render-dir> <compose.yaml> <openapi.yaml> <overlay>...
//
// <render-dir>/<overlay>.yaml is the output of `kubectl kustomize` for each overlay. Three layers:
//  1. schema: every built-in Kubernetes object against the Kubernetes OpenAPI schema (the
//     ajv validators that the npm package kubernetes-models ships: types, required fields,
//     enums, formats) — no cluster needed;
//  2. strict: unknown fields (a typo such as `livenesProbe` passes a schema that allows extra
//     properties): each object as a typed TypeScript literal, checked by tsc's excess-property
//     check against the same package's types;
//  3. policy: what this service needs and a schema cannot know (probes on /health, grace period
//     longer than preStop + the service's 20 s, secrets by reference, the ingress keeping /metrics
//     private and covering every path of api-spec/openapi.yaml, ...).
// Custom resources (CloudNativePG's Cluster and ScheduledBackup, the Barman Cloud ObjectStore)
// have no schema offline: they are SKIPPED by layers 1 and 2, said so on the output, and get
// the policy checks of layer 3 only.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, parseAllDocuments } from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
const [renderDir, composeFile, openapiFile, ...overlays] = process.argv.slice(2);
if (!renderDir || !composeFile || !openapiFile || overlays.length === 0) {
  console.error("usage: node validate.mjs <render-dir> <compose.yaml> <openapi.yaml> <overlay>...");
  process.exit(2);
}

const CUSTOM_RESOURCE_GROUPS = ["postgresql.cnpg.io", "barmancloud.cnpg.io"];
const SERVICE_GRACE_SECONDS = 20; // micronaut.lifecycle.graceful-shutdown.grace-period
const MIN_MEMORY_LIMIT_MIB = 512; // docs/benchmarks.md: up to 434 MiB RSS on a cold start

let failures = 0;
let checks = 0;
let skipped = 0;
const fail = (where, message) => { failures++; console.log(`FAIL ${where}: ${message}`); };
const check = (where, condition, message) => { checks++; if (!condition) fail(where, message); return condition; };
const name = (doc) => `${doc.kind}/${doc.metadata?.name}`;
const group = (apiVersion) => (apiVersion.includes("/") ? apiVersion.split("/")[0] : "");

function mebibytes(quantity) {
  const m = String(quantity ?? "").match(/^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/);
  if (!m) return NaN;
  const factor = { undefined: 1 / 1048576, Ki: 1 / 1024, Mi: 1, Gi: 1024, Ti: 1048576, k: 1000 / 1048576, M: 1e6 / 1048576, G: 1e9 / 1048576, T: 1e12 / 1048576 };
  return Number(m[1]) * factor[m[2]];
}
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

// ---- 1. schema ---------------------------------------------------------------------------------
async function modelOf(doc) {
  const g = group(doc.apiVersion);
  const version = doc.apiVersion.split("/").pop();
  const module = g === "" ? `kubernetes-models/${version}/${doc.kind}` : `kubernetes-models/${g}/${version}/${doc.kind}`;
  try {
    return (await import(module))[doc.kind];
  } catch {
    return undefined;
  }
}

async function schemaCheck(overlay, docs) {
  for (const doc of docs) {
    const where = `${overlay} ${name(doc)}`;
    if (CUSTOM_RESOURCE_GROUPS.includes(group(doc.apiVersion))) {
      skipped++;
      console.log(`SKIP ${where}: custom resource ${doc.apiVersion}, no schema offline (policy checks only)`);
      continue;
    }
    const Model = await modelOf(doc);
    if (!check(where, Model, `unknown apiVersion/kind ${doc.apiVersion} ${doc.kind}`)) continue;
    try {
      new Model(doc).validate();
      checks++;
    } catch (e) {
      fail(where, `schema: ${e.message}`);
    }
  }
}

// ---- 2. strict (unknown fields) ----------------------------------------------------------------
function strictCheck(overlayDocs) {
  const dir = path.join(here, ".check");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = [];
  const spans = {}; // file -> [{from, to, where}]
  for (const [overlay, docs] of Object.entries(overlayDocs)) {
    const lines = [];
    const imports = new Set();
    const decls = [];
    const file = path.join(dir, `${overlay}.ts`);
    spans[file] = [];
    docs.forEach((doc, i) => {
      if (CUSTOM_RESOURCE_GROUPS.includes(group(doc.apiVersion))) return;
      const g = group(doc.apiVersion);
      const version = doc.apiVersion.split("/").pop();
      const module = g === "" ? `kubernetes-models/${version}/${doc.kind}` : `kubernetes-models/${g}/${version}/${doc.kind}`;
      imports.add(`import type { I${doc.kind} as T${i} } from "${module}";`);
      decls.push({ i, doc });
    });
    lines.push(...imports);
    for (const { i, doc } of decls) {
      const body = JSON.stringify(doc, null, 2).split("\n");
      const from = lines.length + 1;
      lines.push(`export const doc${i}: T${i} = ${body[0]}`, ...body.slice(1).map((l, j) => (j === body.length - 2 ? `${l};` : l)));
      spans[file].push({ from, to: lines.length, where: `${overlay} ${name(doc)}` });
    }
    writeFileSync(file, lines.join("\n") + "\n");
    files.push(file);
  }
  const tsc = path.join(here, "node_modules", "typescript", "bin", "tsc");
  let output = "";
  try {
    execFileSync(process.execPath, [tsc, "--noEmit", "--strict", "--skipLibCheck", "--target", "es2022",
      "--module", "es2022", "--moduleResolution", "bundler", ...files], { cwd: here, encoding: "utf8" });
  } catch (e) {
    output = `${e.stdout ?? ""}${e.stderr ?? ""}`;
  }
  checks++;
  for (const line of output.split("\n").filter((l) => l.trim())) {
    const m = line.match(/^(.*)\((\d+),(\d+)\): error (TS\d+): (.*)$/);
    if (!m) { fail("strict", line); continue; }
    const file = path.resolve(here, m[1]);
    const at = Number(m[2]);
    const span = (spans[file] ?? []).find((s) => at >= s.from && at <= s.to);
    const text = readFileSync(file, "utf8").split("\n")[at - 1]?.trim();
    fail(span?.where ?? path.basename(file), `strict: ${m[5]} (at ${text})`);
  }
}

// ---- 3. policy ---------------------------------------------------------------------------------
function openapiTopLevelPaths() {
  const spec = parse(readFileSync(openapiFile, "utf8"));
  return [...new Set(Object.keys(spec.paths).map((p) => `/${p.split("/")[1]}`))].sort();
}

function policyCheck(overlay, docs) {
  const find = (kind, n) => docs.find((d) => d.kind === kind && (n === undefined || d.metadata?.name === n));
  const all = (kind) => docs.filter((d) => d.kind === kind);
  const where = (d) => `${overlay} ${d ? name(d) : "?"}`;

  const deployment = find("Deployment", "noaber");
  if (!check(overlay, deployment, "no Deployment noaber")) return;
  const pod = deployment.spec.template;
  const podSpec = pod.spec;
  const container = podSpec.containers.find((c) => c.name === "noaber");
  if (!check(where(deployment), container, "no container noaber")) return;
  const w = where(deployment);

  check(w, deployment.spec.replicas === undefined, "spec.replicas is set: the HPA owns the replica count");
  check(w, container.ports?.some((p) => p.containerPort === 8080 && p.name === "http"), "container port 8080 named http");
  for (const probe of ["readinessProbe", "livenessProbe", "startupProbe"]) {
    check(w, container[probe]?.httpGet?.path === "/health", `${probe} must GET /health`);
  }
  const preStop = container.lifecycle?.preStop?.sleep?.seconds;
  check(w, Number.isInteger(preStop) && preStop >= 5, "preStop sleep of at least 5 s (endpoints removal reaches the ingress late)");
  check(w, (podSpec.terminationGracePeriodSeconds ?? 30) >= (preStop ?? 0) + SERVICE_GRACE_SECONDS + 5,
    `terminationGracePeriodSeconds (${podSpec.terminationGracePeriodSeconds}) must exceed preStop (${preStop}) + ${SERVICE_GRACE_SECONDS} s service grace + 5 s`);
  const res = container.resources ?? {};
  for (const r of ["cpu", "memory"]) {
    check(w, res.requests?.[r] !== undefined, `resources.requests.${r} missing`);
  }
  check(w, res.limits?.memory !== undefined, "resources.limits.memory missing (the JVM sizes its heap from it)");
  check(w, mebibytes(res.limits?.memory) >= MIN_MEMORY_LIMIT_MIB, `memory limit ${res.limits?.memory} below ${MIN_MEMORY_LIMIT_MIB}Mi (docs/benchmarks.md)`);
  check(w, mebibytes(res.limits?.memory) >= mebibytes(res.requests?.memory), "memory limit below request");
  check(w, podSpec.securityContext?.runAsNonRoot === true, "pod must runAsNonRoot");
  check(w, container.securityContext?.readOnlyRootFilesystem === true, "container root filesystem must be read-only");
  check(w, container.securityContext?.allowPrivilegeEscalation === false, "allowPrivilegeEscalation must be false");

  const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e]));
  for (const secret of ["JWT_SECRET", "NOABER_PSEUDONYM_KEY", "DATASOURCE_PASSWORD"]) {
    check(w, env[secret]?.valueFrom?.secretKeyRef?.name, `${secret} must come from a Secret (secretKeyRef), never a literal`);
  }
  const configMaps = (container.envFrom ?? []).map((e) => e.configMapRef?.name).filter(Boolean);
  const config = Object.assign({}, ...configMaps.map((n) => find("ConfigMap", n)?.data ?? {}));
  check(w, configMaps.every((n) => find("ConfigMap", n)), `envFrom names a ConfigMap that is not rendered: ${configMaps}`);
  const cluster = find("Cluster");
  check(w, cluster && config.DATASOURCE_URL?.startsWith(`jdbc:postgresql://${cluster.metadata.name}-rw:5432/`),
    `DATASOURCE_URL (${config.DATASOURCE_URL}) must name the CloudNativePG read-write service ${cluster?.metadata.name}-rw`);
  if (config.FIREBASE_CREDENTIALS) {
    const mount = container.volumeMounts?.find((m) => config.FIREBASE_CREDENTIALS.startsWith(`${m.mountPath}/`));
    const volume = mount && podSpec.volumes?.find((v) => v.name === mount.name);
    check(w, volume?.secret?.secretName, `FIREBASE_CREDENTIALS (${config.FIREBASE_CREDENTIALS}) must be a file from a mounted Secret`);
  }
  const sslRoot = config.DATASOURCE_URL?.match(/sslrootcert=([^&]+)/)?.[1];
  if (sslRoot) {
    check(w, container.volumeMounts?.some((m) => sslRoot.startsWith(`${m.mountPath}/`)), `sslrootcert ${sslRoot} is not mounted`);
  }
  const sa = find("ServiceAccount", podSpec.serviceAccountName);
  check(w, sa && (podSpec.automountServiceAccountToken === false || sa.automountServiceAccountToken === false),
    "the service calls no Kubernetes API: its pods need no token");

  const podLabels = pod.metadata.labels;
  const service = find("Service", "noaber");
  check(where(service), service && matches(service.spec.selector, podLabels) && !service.spec.sessionAffinity,
    "Service must select the API pods, without session affinity");

  const hpa = all("HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef.name === deployment.metadata.name);
  check(where(hpa), hpa, "no HorizontalPodAutoscaler for the Deployment");
  if (hpa) {
    check(where(hpa), hpa.spec.minReplicas >= 2, "minReplicas must be at least 2 (one pod may be drained or restarting)");
    check(where(hpa), hpa.spec.maxReplicas >= hpa.spec.minReplicas, "maxReplicas below minReplicas");
  }
  const pdb = all("PodDisruptionBudget").find((p) => matches(p.spec.selector.matchLabels, podLabels));
  check(where(pdb), pdb, "no PodDisruptionBudget selects the API pods");

  const policy = all("NetworkPolicy").find((p) => matches(p.spec.podSelector.matchLabels, podLabels));
  if (check(where(policy), policy, "no NetworkPolicy selects the API pods")) {
    const inPorts = policy.spec.ingress.flatMap((r) => (r.ports ?? [{ port: "any" }]).map((p) => p.port));
    check(where(policy), inPorts.length > 0 && inPorts.every((p) => p === 8080 || p === "http"), `ingress must allow port 8080 only, allows ${inPorts}`);
    check(where(policy), policy.spec.ingress.every((r) => r.from?.length), "every ingress rule must name its sources");
    const outPorts = new Set(policy.spec.egress.flatMap((r) => (r.ports ?? []).map((p) => p.port)));
    for (const port of [5432, 53, 443]) check(where(policy), outPorts.has(port), `egress to port ${port} missing`);
    check(where(policy), policy.spec.egress.every((r) => r.ports?.length), "every egress rule must name its ports");
  }

  const ingress = find("Ingress", "noaber");
  if (check(overlay, ingress, "no Ingress noaber")) {
    const paths = ingress.spec.rules.flatMap((r) => r.http.paths);
    const routed = (p) => paths.some((x) => (x.pathType === "Exact" ? x.path === p : p === x.path || p.startsWith(`${x.path.replace(/\/$/, "")}/`)));
    check(where(ingress), !routed("/metrics") && !routed("/metrics/x"), "the ingress must not route /metrics (Prometheus stays inside the cluster)");
    const missing = openapiTopLevelPaths().filter((p) => p !== "/metrics" && !routed(p) && !routed(`${p}/x`));
    check(where(ingress), missing.length === 0, `api-spec/openapi.yaml paths not routed by the ingress: ${missing.join(", ")}`);
    for (const p of ["/", "/app/", "/dashboard/"]) check(where(ingress), routed(p), `${p} not routed`);
    check(where(ingress), paths.every((x) => x.backend.service?.name === service?.metadata.name), "every path must lead to the noaber Service");
    check(where(ingress), ingress.spec.tls?.length > 0, "the ingress must terminate TLS");
  }

  // CloudNativePG (no schema offline: these are its only checks here)
  if (check(overlay, cluster, "no CloudNativePG Cluster")) {
    const c = `${overlay} ${name(cluster)}`;
    check(c, cluster.spec.instances >= 3, "3 instances for HA (primary + 2 replicas)");
    check(c, /^\d+(Mi|Gi|Ti)$/.test(cluster.spec.storage?.size ?? ""), "storage.size must be a quantity");
    const archiver = cluster.spec.plugins?.find((p) => p.isWALArchiver);
    const store = archiver && find("ObjectStore", archiver.parameters?.barmanObjectName);
    check(c, store, "WAL archiving must go to a rendered ObjectStore (plugins[].isWALArchiver + barmanObjectName)");
    if (store) {
      check(`${overlay} ${name(store)}`, /^s3:\/\/|^gs:\/\/|^https:\/\//.test(store.spec.configuration?.destinationPath ?? ""), "destinationPath must be an object-store URL");
      check(`${overlay} ${name(store)}`, /^\d+[dwm]$/.test(store.spec.retentionPolicy ?? ""), "retentionPolicy like 30d");
    }
    const backups = all("ScheduledBackup").filter((b) => b.spec.cluster?.name === cluster.metadata.name);
    check(c, backups.length > 0, "no ScheduledBackup for the cluster");
    for (const b of backups) {
      const fields = String(b.spec.schedule).trim().split(/\s+/);
      check(`${overlay} ${name(b)}`, fields.length === 6, `schedule "${b.spec.schedule}" must have 6 fields, seconds first (CloudNativePG)`);
      check(`${overlay} ${name(b)}`, b.spec.method === "plugin" && b.spec.pluginConfiguration?.name === archiver?.name, "method plugin with the cluster's WAL archiver plugin");
    }
    const maxConnections = Number(cluster.spec.postgresql?.parameters?.max_connections ?? 100);
    if (hpa) {
      const needed = hpa.spec.maxReplicas * 11; // Hikari maximum-pool-size 10 + the inbox LISTEN connection
      check(c, maxConnections >= needed + 10, `max_connections ${maxConnections} < ${needed} for ${hpa.spec.maxReplicas} pods + 10 spare`);
    }
  }
  const secrets = new Set();
  for (const d of docs) JSON.stringify(d, (k, v) => { if ((k === "secretKeyRef" || k === "secret") && v?.name) secrets.add(v.name); if (k === "secret" && v?.secretName) secrets.add(v.secretName); if (k === "s3Credentials") Object.values(v).forEach((r) => secrets.add(r.name)); return v; });
  for (const t of ingress?.spec.tls ?? []) secrets.add(t.secretName);
  console.log(`info ${overlay}: secrets referenced (create before the first apply; noaber-db-* come from CloudNativePG): ${[...secrets].sort().join(", ")}`);
}

function composeCheck() {
  const w = "compose.yaml";
  const compose = parse(readFileSync(composeFile, "utf8"));
  const { app, db } = compose.services ?? {};
  if (!check(w, app && db, "services app and db")) return;
  check(w, /^postgres:17(\b|\.|-|$)/.test(db.image), `db image must be PostgreSQL 17, is ${db.image}`);
  const dataMount = (db.volumes ?? []).map((v) => String(v).split(":")).find(([, target]) => target === "/var/lib/postgresql/data");
  check(w, dataMount && compose.volumes && dataMount[0] in compose.volumes, "db data on a named volume");
  check(w, db.healthcheck?.test && app.healthcheck?.test, "healthchecks on app and db");
  check(w, app.healthcheck?.test?.join(" ").includes("/health"), "app healthcheck must GET /health");
  check(w, app.depends_on?.db?.condition === "service_healthy", "app must wait for a healthy db (depends_on condition)");
  for (const v of ["JWT_SECRET", "NOABER_PSEUDONYM_KEY", "DATASOURCE_PASSWORD"]) {
    check(w, /^\$\{[A-Z_]+:\?.+\}$/.test(app.environment?.[v] ?? ""), `${v} must be a required \${VAR:?message} from .env, never a literal`);
  }
  check(w, app.environment?.DATASOURCE_URL === "jdbc:postgresql://db:5432/noaber", "DATASOURCE_URL must point at the db service");
  const seconds = Number(String(app.stop_grace_period ?? "10s").replace(/s$/, ""));
  check(w, seconds > SERVICE_GRACE_SECONDS, `stop_grace_period ${app.stop_grace_period} must exceed the service's ${SERVICE_GRACE_SECONDS} s`);
}

// ---- run ---------------------------------------------------------------------------------------
const overlayDocs = {};
for (const overlay of overlays) {
  const file = path.join(renderDir, `${overlay}.yaml`);
  const parsed = parseAllDocuments(readFileSync(file, "utf8"));
  const docs = [];
  for (const d of parsed) {
    if (d.errors.length) fail(overlay, `YAML: ${d.errors[0].message}`);
    else if (d.contents) docs.push(d.toJS());
  }
  overlayDocs[overlay] = docs;
  console.log(`---- ${overlay}: ${docs.length} objects (${docs.map(name).join(", ")})`);
  await schemaCheck(overlay, docs);
  policyCheck(overlay, docs);
}
strictCheck(overlayDocs);
composeCheck();
console.log(`validate: ${checks} checks, ${failures} failed, ${skipped} custom resources skipped by the schema check`);
process.exit(failures === 0 ? 0 : 1);
