"""The Kubernetes manifests of deploy/kubernetes, checked offline: the built-in kinds against the
Kubernetes schemas of ``kubernetes-validate`` (strict: unknown fields fail), the HTTPRoute and the
CloudNativePG Cluster against their CRDs' schemas bundled in deploy/kubernetes/schemas; and the
pieces fit: two replicas or more, probes on /_stcore/health, the route's cookie persistence, the
Service, the autoscaler and the database secret all naming each other."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import kubernetes_validate
import pytest
import yaml

KUBERNETES = Path(__file__).resolve().parents[2] / "deploy" / "kubernetes"
#: The oldest Kubernetes the manifests are checked against.
KUBERNETES_VERSION = "1.31.0"
CRD_SCHEMAS = {
    ("gateway.networking.k8s.io/v1", "HTTPRoute"): "httproute-v1-experimental.json",
    ("postgresql.cnpg.io/v1", "Cluster"): "cnpg-cluster-v1.json",
}


def manifests() -> dict[str, dict]:
    """Every resource of the kustomization, by kind."""
    listed = yaml.safe_load((KUBERNETES / "kustomization.yaml").read_text(encoding="utf-8"))["resources"]
    found = {}
    for name in listed:
        for document in yaml.safe_load_all((KUBERNETES / name).read_text(encoding="utf-8")):
            found[document["kind"]] = document
    return found


def closed(schema):
    """The schema with every object that lists its properties closed to others (the API server
    prunes unknown fields, so a misspelt one would silently do nothing)."""
    schema = copy.deepcopy(schema)

    def close(node):
        if isinstance(node, dict):
            if (
                node.get("type") == "object"
                and "properties" in node
                and "additionalProperties" not in node
                and not node.get("x-kubernetes-preserve-unknown-fields")
            ):
                node["additionalProperties"] = False
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(schema)
    return schema


def crd_errors(resource: dict) -> list[str]:
    name = CRD_SCHEMAS[(resource["apiVersion"], resource["kind"])]
    schema = closed(json.loads((KUBERNETES / "schemas" / name).read_text(encoding="utf-8")))
    validator = jsonschema.Draft4Validator(schema)
    return [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(resource)]


def schema_errors(resource: dict) -> list[str]:
    """What the resource's schema finds wrong (nothing: [])."""
    if (resource["apiVersion"], resource["kind"]) in CRD_SCHEMAS:
        return crd_errors(resource)
    try:
        kubernetes_validate.validate(resource, KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.ValidationError as error:
        return [f"{'.'.join(map(str, error.path))}: {error.message}"]
    return []


def test_every_file_of_the_folder_is_in_the_kustomization():
    listed = set(yaml.safe_load((KUBERNETES / "kustomization.yaml").read_text(encoding="utf-8"))["resources"])
    assert listed == {p.name for p in KUBERNETES.glob("*.yaml")} - {"kustomization.yaml"}


@pytest.mark.parametrize(
    "kind", ["Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "HTTPRoute", "Cluster"]
)
def test_each_manifest_matches_its_schema(kind):
    assert schema_errors(manifests()[kind]) == []


@pytest.mark.parametrize(
    "kind, path, value",
    [
        ("Deployment", ["spec", "replicas"], "two"),
        ("Deployment", ["spec", "template", "spec", "containers", 0, "readinessProbe", "httpGett"], {"path": "/"}),
        ("HTTPRoute", ["spec", "rules", 0, "sessionPersistence", "type"], "Sticky"),
        ("HTTPRoute", ["spec", "rules", 0, "sessionPersistance"], {"type": "Cookie"}),
        ("Cluster", ["spec", "instance"], 2),
        ("HorizontalPodAutoscaler", ["spec", "minReplicas"], "2"),
    ],
)
def test_the_schema_check_finds_a_wrong_or_misspelt_field(kind, path, value):
    resource = copy.deepcopy(manifests()[kind])
    node = resource
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    assert schema_errors(resource)


def test_at_least_two_replicas_with_probes_on_streamlits_health_endpoint():
    deployment = manifests()["Deployment"]
    assert deployment["spec"]["replicas"] >= 2
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        assert container[probe]["httpGet"] == {"path": "/_stcore/health", "port": "http"}
    assert container["ports"] == [{"name": "http", "containerPort": 8501}]
    assert pod["securityContext"]["runAsNonRoot"] and pod["securityContext"]["runAsUser"] != 0
    assert container["resources"]["requests"]["cpu"]  # the autoscaler measures against it


def test_the_route_keeps_each_browser_on_its_pod_through_the_service():
    found = manifests()
    route, service, deployment = found["HTTPRoute"], found["Service"], found["Deployment"]
    (rule,) = route["spec"]["rules"]
    assert rule["sessionPersistence"]["type"] == "Cookie"
    assert rule["backendRefs"] == [{"name": service["metadata"]["name"], "port": service["spec"]["ports"][0]["port"]}]
    assert service["spec"]["selector"].items() <= deployment["spec"]["template"]["metadata"]["labels"].items()
    assert "experimental" in (KUBERNETES / "httproute.yaml").read_text(encoding="utf-8").lower()


def test_the_autoscaler_scales_the_deployment_on_cpu_from_two_pods():
    found = manifests()
    hpa, deployment = found["HorizontalPodAutoscaler"], found["Deployment"]
    assert hpa["spec"]["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": deployment["metadata"]["name"],
    }
    assert hpa["spec"]["minReplicas"] >= 2 and hpa["spec"]["maxReplicas"] > hpa["spec"]["minReplicas"]
    assert [m["resource"]["name"] for m in hpa["spec"]["metrics"]] == ["cpu"]


def test_the_app_reads_the_database_secret_that_cloudnativepg_makes():
    found = manifests()
    env = {e["name"]: e for e in found["Deployment"]["spec"]["template"]["spec"]["containers"][0]["env"]}
    reference = env["BUDGETSIM_DATABASE_URL"]["valueFrom"]["secretKeyRef"]
    assert reference == {"name": f"{found['Cluster']['metadata']['name']}-app", "key": "uri"}
    assert found["Cluster"]["spec"]["instances"] >= 2
    assert "STREAMLIT_SERVER_COOKIE_SECRET" in env and "BUDGETSIM_ORG_CLAIM" in env
