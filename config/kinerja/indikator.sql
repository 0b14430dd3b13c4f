-- kinerja flows: the evaluator's notes per indicator of one SKP period result, in SKP order.
-- Parameter: :skp_id (the id column of penilaian-changed.sql). Columns: indikator_uraian, indikator_catatan.
SELECT i.uraian  AS indikator_uraian,
       i.catatan AS indikator_catatan
FROM skp_indikator i
WHERE i.skp_id = :skp_id
ORDER BY i.urutan, i.id
