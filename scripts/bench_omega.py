"""Xapian Omega (Debian's xapian-omega) as the one-shot baseline of scripts/bench: its CGI run
as a process per query, as a web server runs it, over the same passages as onrecord
(`onrecord-bench-xapian omega-records`, indexed by scriptindex with the English stemmer), with
its stock `query` template: the top 10 with highlighted samples, no facets."""
import os
import shutil
import subprocess

OMEGA = "/usr/lib/cgi-bin/omega/omega"
INDEX_SCRIPT = """id : boolean=Q unique=Q
speaker : field boolean=XS
date : date=yyyymmdd
text : field=sample index
"""


def ensure():
    if os.path.exists(OMEGA) and shutil.which("scriptindex"):
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True, capture_output=True)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "xapian-omega"],
                   check=True, capture_output=True, env=env)


class Omega:
    """An Omega database of the articles' passages under `work`, and its configuration."""

    def __init__(self, xapian_bench, articles, work):
        ensure()
        self.root = os.path.join(work, "omega")
        shutil.rmtree(self.root, ignore_errors=True)
        for folder in ("data", "log", "cdb"):
            os.makedirs(os.path.join(self.root, folder))
        records = os.path.join(self.root, "passages.records")
        with open(records, "w", encoding="utf-8") as out:
            subprocess.run([xapian_bench, "omega-records", articles], check=True, stdout=out)
        script = os.path.join(self.root, "index.script")
        with open(script, "w", encoding="utf-8") as f:
            f.write(INDEX_SCRIPT)
        subprocess.run(["scriptindex", "--stemmer=english", os.path.join(self.root, "data", "passages"),
                        script, records], check=True, capture_output=True)
        os.remove(records)
        self.config = os.path.join(self.root, "omega.conf")
        with open(self.config, "w", encoding="utf-8") as f:
            f.write(f"database_dir {self.root}/data\ntemplate_dir /usr/share/xapian-omega/templates\n"
                    f"log_dir {self.root}/log\ncdb_dir {self.root}/cdb\n")

    def command(self, query):
        """(argv, environment) of one CGI request for a query of scripts/bench's mix."""
        _, text, speaker, y0, y1 = query
        params = [("DB", "passages"), ("P", text)]
        if speaker:
            params.append(("B", "XS:" + speaker))  # scriptindex's boolean term for the field
        if y0:
            params += [("START", f"{y0}0101"), ("END", f"{y1}1231")]
        from urllib.parse import urlencode
        env = {**os.environ, "OMEGA_CONFIG_FILE": self.config, "REQUEST_METHOD": "GET",
               "GATEWAY_INTERFACE": "CGI/1.1", "QUERY_STRING": urlencode(params)}
        return [OMEGA], env
