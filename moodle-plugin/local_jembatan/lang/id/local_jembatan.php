<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.


/**
 * Indonesian strings of local_jembatan.
 *
 * @package    local_jembatan
 * @copyright  2026 Jembatan contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['bridgekey'] = 'Kunci jembatan';
$string['bridgekey_desc'] = 'Kunci yang dikenal jembatan untuk situs ini (SHA-256-nya diisi di jembatan pada jembatan.moodle.push.sites[n].key-hash). Disimpan di basis data; tidak pernah tampil di log.';
$string['bridgeurl'] = 'URL jembatan';
$string['bridgeurl_desc'] = 'Alamat jembatan Jembatan, mis. https://jembatan.contoh.go.id. Peristiwa dikirim ke /moodle/push-nya. Kosong: tidak ada peristiwa yang dikumpulkan.';
$string['categories'] = 'Kategori kursus yang dikirim';
$string['categories_desc'] = 'Id kategori, dipisah koma; kursus di dalamnya atau di bawahnya ikut. Kosong dan kursus juga kosong: semua kursus.';
$string['cohorts'] = 'Kohort yang dikirim';
$string['cohorts_desc'] = 'Id kohort, dipisah koma: hanya peristiwa tentang anggota kohort ini yang dikirim. Kosong: semua pengguna.';
$string['competencykey'] = 'Kunci API kompetensi';
$string['competencykey_desc'] = 'Kunci API kompetensi jembatan dengan cakupan competency:asn (konsumen di jembatan.api.clients yang hanya dapat membaca JP satu ASN). Dipakai di server oleh "JP saya"; tidak pernah dikirim ke peramban.';
$string['completedon'] = 'Selesai pada';
$string['courses'] = 'Kursus yang dikirim';
$string['courses_desc'] = 'Id kursus, dipisah koma. Kosong dan kategori juga kosong: semua kursus.';
$string['credits'] = 'Pembelajaran yang dihitung';
$string['error_key'] = 'Jembatan menolak kuncinya: periksa Administrasi situs > Plugin > Plugin lokal > Jembatan > Kunci jembatan.';
$string['error_noanswer'] = 'Jembatan tidak menjawab tentang peristiwa ini; peristiwa dikirim ulang.';
$string['error_nologrow'] = 'Log standar tidak memuat baris untuk peristiwa ini (dihapus, atau peristiwa tidak dicatat?). Jembatan memerlukan id baris log untuk id pernyataan.';
$string['error_nostandardlog'] = 'Penyimpanan log standar mati: aktifkan "Standard log" di Administrasi situs > Plugin > Logging; jembatan menurunkan id pernyataan dari barisnya.';
$string['error_notconfigured'] = 'Isi URL dan kunci jembatan di Administrasi situs > Plugin > Plugin lokal > Jembatan.';
$string['error_unreachable'] = 'Jembatan tidak dapat dihubungi: {$a}';
$string['field_jp'] = 'JP (jam pelajaran 45 menit)';
$string['field_nip'] = 'NIP';
$string['field_nip_desc'] = 'NIP ASN 18 digit, sebagaimana tercatat di SIMPEG.';
$string['field_type'] = 'Jenis kompetensi';
$string['heading_asn'] = 'ASN';
$string['heading_bridge'] = 'Jembatan';
$string['heading_filter'] = 'Yang dikirim';
$string['heading_filter_desc'] = 'Penyelesaian, nilai, percobaan kuis dan pendaftaran pada kursus, kategori dan kohort yang dipilih dikirim.';
$string['jembatan:manage'] = 'Melihat kotak keluar Jembatan dan mengirim ulang peristiwa';
$string['jembatan:viewownjp'] = 'Melihat JP sendiri';
$string['jp_compliant'] = 'Target tercapai';
$string['jp_nonip'] = 'Akun Anda tidak memiliki NIP, sehingga JP tidak dapat ditampilkan. Minta admin mengisinya.';
$string['jp_notcompliant'] = 'Kurang {$a} JP';
$string['jp_notconfigured'] = 'Kunci API kompetensi belum diisi (Administrasi situs > Plugin > Plugin lokal > Jembatan).';
$string['jp_of_target'] = '{$a->total} dari {$a->target} JP pada {$a->year}';
$string['jp_unavailable'] = 'JP Anda tidak dapat ditampilkan sekarang: {$a}';
$string['jp_unknown'] = '{$a} pembelajaran selesai tanpa JP yang diketahui (tidak dihitung)';
$string['jpsource'] = 'Sumber JP';
$string['jpvalue'] = 'JP';
$string['myjp'] = 'JP saya';
$string['nipfield'] = 'Letak NIP';
$string['nipfield_desc'] = '"idnumber" (nomor ID pengguna) atau nama singkat bidang profil; bidang profil dengan nama itu dibuat bila belum ada. Isi sama di jembatan (jembatan.identity.nip-field).';
$string['pluginname'] = 'Jembatan';
$string['privacy:metadata:bridge'] = 'Peristiwa pembelajaran dikirim ke jembatan Jembatan, yang membuat pernyataan xAPI darinya untuk penyimpanan rekaman pembelajaran dan catatan kompetensi kepegawaian.';
$string['privacy:metadata:bridge:eventname'] = 'Apa yang terjadi (penyelesaian, nilai, percobaan kuis, pendaftaran).';
$string['privacy:metadata:bridge:other'] = 'Rincian peristiwa, mis. status penyelesaian atau butir nilai.';
$string['privacy:metadata:bridge:relateduserid'] = 'Peserta yang bersangkutan (jembatan mencari NIP-nya).';
$string['privacy:metadata:bridge:timecreated'] = 'Kapan terjadinya.';
$string['privacy:metadata:bridge:userid'] = 'Siapa yang menyebabkan peristiwa.';
$string['privacy:metadata:outbox'] = 'Peristiwa pembelajaran yang menunggu dikirim ke jembatan Jembatan; dihapus setelah jembatan menerimanya.';
$string['privacy:metadata:outbox:eventname'] = 'Apa yang terjadi.';
$string['privacy:metadata:outbox:lasterror'] = 'Mengapa pengiriman terakhir gagal.';
$string['privacy:metadata:outbox:other'] = 'Rincian peristiwa.';
$string['privacy:metadata:outbox:relateduserid'] = 'Peserta yang bersangkutan.';
$string['privacy:metadata:outbox:timecreated'] = 'Kapan terjadinya.';
$string['privacy:metadata:outbox:userid'] = 'Siapa yang menyebabkan peristiwa.';
$string['report'] = 'Kotak keluar';
$string['report_attempts'] = 'Percobaan';
$string['report_empty'] = 'Kotak keluar kosong: jembatan telah menerima semua peristiwa.';
$string['report_event'] = 'Peristiwa';
$string['report_failing'] = 'Gagal, dicoba ulang bertahap';
$string['report_held'] = 'Ditahan (ditolak jembatan)';
$string['report_lasterror'] = 'Alasan';
$string['report_nextattempt'] = 'Percobaan berikutnya';
$string['report_oldest'] = 'Peristiwa tertunda tertua';
$string['report_pending'] = 'Tertunda';
$string['report_resend'] = 'Kirim ulang peristiwa yang ditahan dan gagal sekarang';
$string['report_resent'] = '{$a} peristiwa dikirim ulang.';
$string['report_time'] = 'Terjadi';
$string['settings'] = 'Pengaturan';
$string['target'] = 'Target';
$string['task_result'] = 'Jembatan: {$a->acked} diterima, {$a->held} ditahan, {$a->retry} dicoba ulang, {$a->waiting} menunggu baris lognya';
$string['task_send'] = 'Kirim peristiwa pembelajaran ke jembatan Jembatan';
$string['task_sendnow'] = 'Kirim peristiwa pembelajaran baru ke jembatan Jembatan';
$string['testconnection'] = 'Uji koneksi';
$string['testconnection_failed'] = 'Jembatan tidak menerima kuncinya: {$a}';
$string['testconnection_ok'] = 'Jembatan di {$a} menerima kunci situs ini.';
$string['title'] = 'Pembelajaran';
$string['type'] = 'Jenis';
$string['type_manajerial'] = 'Manajerial';
$string['type_sosialkultural'] = 'Sosial kultural';
$string['type_teknis'] = 'Teknis';
$string['type_unknown'] = 'Jenis tidak diketahui';
