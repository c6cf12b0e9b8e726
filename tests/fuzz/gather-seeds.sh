#!/usr/bin/env bash
# Gathers the seed inputs of one fuzz target from the repository's own files — samples/,
# templates/ and tests/fixtures/ — into OUT (emptied first); fixture folders that stand for an
# archive (.qdpx, .docx) are zipped here, so that no generated archive is committed.
# Usage: gather-seeds.sh TARGET SOURCE_DIR OUT
set -euo pipefail
target=$1 source_dir=$2
rm -rf "$3"
mkdir -p "$3"
out=$(cd "$3" && pwd)  # absolute: zip_folder writes from inside the fixture folder
fixtures=$source_dir/tests/fixtures

# zip_folder FOLDER ARCHIVE: the files below FOLDER, named relative to it.
zip_folder() {
  (cd "$1" && find . -type f | sed 's|^\./||' | sort | xargs -d '\n' cmake -E tar cf "$2" --format=zip --)
}

case $target in
  project_reader | roundtrip)
    cp "$source_dir"/samples/*.realist "$source_dir"/templates/*.realist "$out"/
    find "$fixtures" -name '*.realist' -exec cp {} "$out"/ \; ;;
  chat)
    cp "$fixtures"/whatsapp/*.txt "$out"/ ;;
  transcript)
    cp "$fixtures"/transcripts/*.txt "$fixtures"/documents/*.txt "$fixtures"/documents/*.md "$out"/ ;;
  csv)
    ;;  # no CSV matrix among the fixtures: the committed corpus (corpus/csv) holds the seeds
  qdpx)
    for folder in "$fixtures"/qdpx/*/; do
      name=$(basename "$folder")
      zip_folder "$folder" "$out/$name.qdpx"
      cp "$folder/project.qde" "$out/$name.qde"
    done ;;
  docx)
    zip_folder "$fixtures/documents/docx" "$out/fixture.docx" ;;
  pdf)
    cp "$fixtures"/documents/*.pdf "$out"/ ;;
  *)
    echo "gather-seeds.sh: unknown target $target" >&2
    exit 2 ;;
esac
