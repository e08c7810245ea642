"""gunicorn settings for `make run`: the site, plus scheduled publishing beside it.

    gunicorn -c config/gunicorn.py config.wsgi:application --bind 127.0.0.1:8000

Once the server listens, the arbiter starts one background thread that:

- polls /healthz until a worker answers, then prints the address ("Serving … at"), so
  the address appears when the site really answers;
- every PUBLISH_SCHEDULED_INTERVAL seconds (default 60; 0 turns it off) runs
  `manage.py publish_scheduled` in a child process, so go-live and expiry times act
  while the server runs. The thread stops with the server.

Several servers behind a load balancer should turn it off and use a cron job or systemd
timer instead (docs/operations.md).
"""

import os
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

from core.logs import UTC_FORMAT

BASE_DIR = Path(__file__).resolve().parent.parent
MANAGE = str(BASE_DIR / "manage.py")
INTERVAL = int(os.environ.get("PUBLISH_SCHEDULED_INTERVAL", "60") or 0)
READY_TIMEOUT = 120  # seconds to wait for the first answer

workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
accesslog = "-"
# Times come from the UTC formatter, as in Django's own log lines.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"utc": {"()": "core.logs.UTCFormatter", "format": UTC_FORMAT}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "utc",
            "stream": "ext://sys.stderr",
        }
    },
    "loggers": {
        "gunicorn.error": {
            "handlers": ["console"],
            "level": "INFO",
            "propagate": False,
        },
        "gunicorn.access": {
            "handlers": ["console"],
            "level": "INFO",
            "propagate": False,
        },
    },
}
forwarded_allow_ips = "127.0.0.1"
control_socket_disable = True

_stop = threading.Event()


def _address(server):
    host, port = server.cfg.address[0][:2]
    host = "127.0.0.1" if host in {"0.0.0.0", ""} else host  # noqa: S104 - reading it
    return f"http://{host}:{port}"


def _wait_until_answering(server, address):
    """Print the address once /healthz answers 200, or say that it never did."""
    for _attempt in range(READY_TIMEOUT * 2):
        if _stop.wait(0.5):
            return
        try:
            with urllib.request.urlopen(f"{address}/healthz", timeout=5) as response:  # noqa: S310 - our own http address
                if response.status == 200:
                    server.log.info(
                        "Serving the SMHN CMS at %s/ (admin: %s/admin/)",
                        address,
                        address,
                    )
                    return
        except OSError:
            continue
    server.log.warning(
        "The site did not answer %s/healthz within %s s.", address, READY_TIMEOUT
    )


def _publish_scheduled(server):
    command = [sys.executable, MANAGE, "publish_scheduled"]
    result = subprocess.run(  # noqa: S603 - fixed arguments: this interpreter and our manage.py
        command, cwd=BASE_DIR, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        server.log.error("publish_scheduled failed: %s", result.stderr.strip())
    elif result.stdout.strip():
        server.log.info("publish_scheduled: %s", result.stdout.strip())


def _sidecar(server):
    _wait_until_answering(server, _address(server))
    if INTERVAL <= 0:
        return
    server.log.info("Publishing scheduled pages every %s s.", INTERVAL)
    while not _stop.is_set():
        _publish_scheduled(server)
        _stop.wait(INTERVAL)


def when_ready(server):
    """Start the readiness check and the scheduled-publishing loop in the arbiter."""
    threading.Thread(
        target=_sidecar, args=(server,), name="smhn-sidecar", daemon=True
    ).start()


def on_exit(server):
    _stop.set()
