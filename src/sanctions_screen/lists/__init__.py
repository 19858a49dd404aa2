"""Importing sanctions lists into the canonical watchlist tables (see `sanctions_screen.Watchlist`).

detect    which format a file holds, and its publication date
ofac      OFAC legacy CSV sets (SDN, consolidated), with remarks (Remarks items) and dates
un        UN Security Council consolidated XML
custom    a firm's own CSV/Parquet list; also `Watchlist.from_names`
demo      the embedded, hand-written demo list
importer  all of the above into (entities, names, attributes, manifest)
schema, manifest, report, textfile: the shared pieces; commands: the `lists` CLI
"""
