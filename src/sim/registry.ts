/**
 * The registry as the Node sees it, for images a person typed (the editor, the terminal, shared sessions, the
 * embed bridge load this; it installs itself into every simulation): whether the kubelet can parse a name
 * (InvalidImageName), and whether Docker Hub has it (ErrImagePull, then ImagePullBackOff). PodScope knows
 * Docker Hub's official images and their usual tags; an image elsewhere (a registry host, or user/repo) it
 * takes on trust, since it cannot know a private registry.
 */
import { installImageChecks } from './images';

const LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
const PATH = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/** distribution/reference's grammar: [domain[:port]/]path[/path…][:tag][@digest]. */
const REFERENCE = new RegExp(
  `^(?:${LABEL}(?:\\.${LABEL})*(?::\\d+)?/)?${PATH}(?:/${PATH})*(?::\\w[\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);

/** splitDockerDomain: a first part with '.' or ':', "localhost" or capitals is a registry. */
function split(image: string): { domain: string | undefined; rest: string } {
  const slash = image.indexOf('/');
  const first = image.slice(0, Math.max(0, slash));
  const domain = slash > 0 && (/[.:A-Z]/.test(first) || first === 'localhost') ? first : undefined;
  return { domain, rest: domain ? image.slice(slash + 1) : image };
}

/**
 * Why the kubelet cannot use this image name (EnsureImageExists → applyDefaultImageTag →
 * ParseNormalizedNamed), as its InspectFailed event words it; undefined if it can. The API server takes any
 * image string: a bad one is found only on the Node (STATUS InvalidImageName).
 */
export function invalidImageMessage(image: string): string | undefined {
  const { domain, rest } = split(image);
  // Docker Hub's official images live under library/.
  const hub = domain === undefined || /^(index\.)?docker\.io$/.test(domain);
  const remote = (hub && !rest.includes('/') ? `library/${rest}` : rest).split(':')[0] ?? '';
  const why =
    remote.toLowerCase() !== remote
      ? `invalid reference format: repository name (${remote}) must be lowercase`
      : REFERENCE.test(image)
        ? undefined
        : 'invalid reference format';
  return why && `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${why}`;
}

/** Docker Hub's official images (docker.io/library/…). */
const OFFICIAL = new Set(
  `alpine almalinux amazoncorretto amazonlinux arangodb backdrop bash bonita buildpack-deps busybox caddy cassandra
  chronograf cirros clearlinux clickhouse clojure composer convertigo couchbase couchdb crate dart debian docker
  drupal eclipse-mosquitto eclipse-temurin eggdrop elasticsearch elixir emqx erlang fedora flink fluentd friendica
  gazebo gcc geonetwork ghost golang gradle groovy haproxy haskell haxe hello-world hitch httpd hylang
  ibm-semeru-runtimes ibmjava influxdb irssi jetty joomla jruby julia kapacitor kibana kong krakend lightstreamer
  liquibase logstash mageia mariadb matomo maven memcached mongo mongo-express monica mono mysql nats neo4j
  neurodebian nextcloud nginx node notary odoo open-liberty oraclelinux orientdb perl photon php php-zendserver
  phpmyadmin plone postfixadmin postgres pypy python r-base rabbitmq rakudo-star redis redmine registry rethinkdb
  rocket.chat rockylinux ros ruby rust sapmachine satosa silverpeas solr sonarqube spiped storm swift teamspeak
  telegraf tomcat tomee traefik ubuntu unit varnish websphere-liberty wordpress xwiki yourls znc zookeeper
  centos openjdk adminer percona consul vault jenkins`.split(/\s+/),
);

/**
 * The kinds of tag official images publish: versions (1.27, 7-alpine, v3.2), latest, and distribution or
 * flavour names, some with a version (php8.3-apache, jdk21, rabbitmq:management, docker:dind).
 */
const TAG = new RegExp(
  `^(?:v?\\d+(?:\\.\\d+){0,3}|(?:${`latest stable mainline lts current alpine slim edge rc beta bookworm bullseye
  buster trixie forky sid testing unstable noble jammy focal bionic xenial oracular plucky questing perl
  unprivileged fpm dind cli apache management glibc musl uclibc jdk jre php windowsservercore nanoserver`
    .split(/\s+/)
    .join('|')})[\\d.]*)(?:[-_.][a-z0-9.]+)*$`,
);

/** containerd's answer to a pull of this image from Docker Hub, as the kubelet's Failed event quotes it. */
export function pullError(image: string): string | undefined {
  const { domain, rest } = split(image);
  if (domain !== undefined && !/^(index\.)?docker\.io$/.test(domain)) return undefined;
  const [path = '', digest] = rest.split('@');
  const [name = '', tag = 'latest'] = path.split(':');
  const repo = name.startsWith('library/') ? name.slice('library/'.length) : name;
  // user/repo: someone's own image, maybe private: PodScope cannot know, so it pulls.
  if (repo.includes('/')) return undefined;
  const ref = `docker.io/library/${repo}${digest ? `@${digest}` : `:${tag}`}`;
  const resolve = `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}"`;
  if (!OFFICIAL.has(repo))
    return `${resolve}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
  return digest || TAG.test(tag) ? undefined : `${resolve}: ${ref}: not found`;
}

installImageChecks({ invalid: invalidImageMessage, pullError });
