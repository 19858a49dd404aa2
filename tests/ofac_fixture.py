"""A small OFAC legacy CSV set, hand-written with invented entries, for the list importer tests.

It is written the way OFAC writes its files: no header, `-0-` for empty, CRLF line ends and a 0x1A
byte after the last line. Its alias and address files each hold one orphan row (entries 999 and 998
are not in its sdn.csv). The files are made here, in a temporary folder named like a published set
(`sdn-2030-01-15`, the date the importer reads), rather than committed under OFAC's file names.
"""

import atexit
import shutil
import tempfile
from pathlib import Path

FILES = {
    "sdn.csv": (
        b'101,"TESTOVA, Anna Petrovna","individual","TEST1] [TEST2",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 02 Jan 1970; alt. DOB circa 1971; POB Springfield, Freedonia; nationality Freedonia; Gender Female; Passport FX123456 (Freedonia) expires 01 Jan 2035; a.k.a. \'ANNA T\'."\r\n'
        b'102,"EXAMPLE TRADING LLC",-0- ,"TEST1",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Digital Currency Address - XBT 1ExampleAddressXXXXXXXXXXXXXXXXX; Linked To: TESTOVA, Anna Petrovna."\r\n'
        b'103,"SEA TESTER","vessel","TEST2",-0- ,"XYZ123","Crude Oil Tanker",-0- ,-0- ,"Freedonia",-0- ,"Vessel Registration Identification IMO 9999999."\r\n'
        b'\x1a'
    ),
    "alt.csv": (
        b'101,501,"aka","TESTOVA, Ana",-0- \r\n'
        b'102,502,"fka","EXAMPLE TRADE HOUSE",-0- \r\n'
        b'999,503,"aka","NOBODY LISTED",-0- \r\n'
        b'\x1a'
    ),
    "add.csv": (
        b'101,601,-0- ,"Springfield","Freedonia",-0- \r\n'
        b'998,602,"1 Nowhere Street","Atlantis","Atlantis",-0- \r\n'
        b'\x1a'
    ),
}


def _write() -> Path:
    root = Path(tempfile.mkdtemp(prefix="ofac-fixture-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    folder = root / "sdn-2030-01-15"
    folder.mkdir()
    for name, content in FILES.items():
        (folder / name).write_bytes(content)
    return folder


FIXTURE = _write()
