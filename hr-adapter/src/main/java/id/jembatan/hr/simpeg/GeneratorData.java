package id.jembatan.hr.simpeg;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link SimpegGenerator} draws from: the unit kerja of Kota Tangerang Selatan with their structural
 * positions, functional positions by field, common Indonesian given names and family names, titles and
 * nearby universities. All people made from these are invented.
 */
final class GeneratorData {

    private GeneratorData() {
    }

    /** Field of a unit kerja: decides its functional positions and the education of its staff. */
    enum Field { SECRETARIAT, INSPECTORATE, PLANNING, PERSONNEL, FINANCE, EDUCATION, HEALTH, HOSPITAL, INFORMATICS,
        PUBLIC_ORDER, FIRE, AGRICULTURE, PUBLIC_WORKS, SERVICES, DISTRICT }

    /** A structural position and the lowest golongan (index into {@link #GOLONGAN}) that may hold it. */
    record Slot(String title, int minGolongan) {
    }

    record UnitSpec(String code, String name, String abbreviation, Field field, int weight, int internWeight,
            List<Slot> slots) {
    }

    record University(String name, String domain) {
    }

    static final List<String> GOLONGAN = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
            "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");

    static final int III_B = 9;
    static final int III_C = 10;
    static final int III_D = 11;
    static final int IV_A = 12;

    static final List<UnitSpec> UNITS = units();

    static final List<String> PELAKSANA = List.of("Pengadministrasi Perkantoran", "Penata Layanan Operasional",
            "Pengolah Data dan Informasi", "Operator Layanan Operasional", "Pengelola Umum Operasional");

    static List<String> expertPositions(Field field) {
        return switch (field) {
            case EDUCATION -> List.of("Guru", "Guru", "Guru", "Guru", "Guru", "Guru", "Guru", "Guru",
                    "Pengawas Sekolah", "Penilik");
            case HEALTH -> List.of("Dokter", "Dokter Gigi", "Apoteker", "Perawat", "Perawat", "Bidan",
                    "Nutrisionis", "Epidemiolog Kesehatan", "Administrator Kesehatan", "Penyuluh Kesehatan Masyarakat");
            case HOSPITAL -> List.of("Dokter", "Dokter", "Perawat", "Perawat", "Perawat", "Bidan", "Apoteker",
                    "Nutrisionis", "Administrator Kesehatan");
            case INFORMATICS -> List.of("Pranata Komputer", "Pranata Komputer", "Pranata Hubungan Masyarakat",
                    "Statistisi", "Sandiman");
            case PERSONNEL -> List.of("Analis Sumber Daya Manusia Aparatur", "Analis Sumber Daya Manusia Aparatur",
                    "Asesor Sumber Daya Manusia Aparatur", "Widyaiswara");
            case PLANNING -> List.of("Perencana", "Perencana", "Peneliti", "Statistisi");
            case INSPECTORATE -> List.of("Auditor", "Auditor",
                    "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah");
            case FINANCE -> List.of("Analis Keuangan Pusat dan Daerah", "Analis Anggaran",
                    "Pengelola Pengadaan Barang/Jasa");
            case PUBLIC_ORDER -> List.of("Polisi Pamong Praja");
            case FIRE -> List.of("Analis Kebakaran");
            case AGRICULTURE -> List.of("Penyuluh Pertanian", "Pengawas Mutu Hasil Pertanian", "Medik Veteriner");
            case PUBLIC_WORKS -> List.of("Teknik Jalan dan Jembatan", "Teknik Pengairan", "Penata Ruang",
                    "Pengelola Pengadaan Barang/Jasa");
            default -> List.of("Analis Kebijakan", "Analis Kebijakan", "Arsiparis", "Pranata Komputer",
                    "Pengelola Pengadaan Barang/Jasa", "Perencana");
        };
    }

    static List<String> skilledPositions(Field field) {
        return switch (field) {
            case HEALTH, HOSPITAL -> List.of("Perawat", "Perawat", "Bidan", "Pranata Laboratorium Kesehatan",
                    "Perekam Medis", "Radiografer", "Tenaga Sanitasi Lingkungan");
            case INFORMATICS -> List.of("Pranata Komputer", "Pranata Hubungan Masyarakat");
            case PERSONNEL -> List.of("Pranata Sumber Daya Manusia Aparatur");
            case PLANNING -> List.of("Statistisi");
            case INSPECTORATE -> List.of("Auditor");
            case PUBLIC_ORDER -> List.of("Polisi Pamong Praja");
            case FIRE -> List.of("Pemadam Kebakaran");
            case AGRICULTURE -> List.of("Penyuluh Pertanian");
            case PUBLIC_WORKS -> List.of("Teknik Jalan dan Jembatan", "Teknik Pengairan");
            default -> List.of("Arsiparis", "Pranata Komputer");
        };
    }

    static final List<String> MALE_NAMES = List.of("Agus", "Ahmad", "Andi", "Anton", "Arif", "Asep", "Bambang",
            "Bayu", "Budi", "Dadang", "Dedi", "Dimas", "Eko", "Fajar", "Firman", "Galih", "Hadi", "Hasan", "Hendra",
            "Heru", "Ilham", "Irwan", "Iwan", "Joko", "Muhammad", "Rahmat", "Rangga", "Reza", "Rizky", "Rudi",
            "Slamet", "Taufik", "Teguh", "Ujang", "Wahyu", "Yoga", "Yusuf", "Adi", "Danu", "Gilang", "Hari",
            "Imam", "Kurnia", "Lukman", "Nanang", "Oki", "Pandu", "Ridwan", "Satria", "Syahrul", "Tono", "Yudi");

    static final List<String> FEMALE_NAMES = List.of("Ani", "Anisa", "Ayu", "Citra", "Desi", "Dewi", "Dian", "Dwi",
            "Eka", "Euis", "Fitri", "Indah", "Intan", "Kartika", "Lestari", "Lina", "Maya", "Mega", "Neneng",
            "Nining", "Novita", "Nur", "Nurul", "Putri", "Ratna", "Rina", "Rini", "Sari", "Siti", "Sri", "Tri",
            "Tuti", "Wulan", "Yanti", "Yuliana", "Aisyah", "Bunga", "Dinda", "Farah", "Hana", "Laras", "Melati",
            "Nadia", "Rahma", "Salsabila", "Tiara", "Vina", "Zahra");

    static final List<String> MIDDLE_MALE = List.of("Adi", "Nur", "Eka", "Dwi", "Tri", "Budi", "Hari", "Rizki",
            "Wahyu", "Fajar", "Ahmad");

    static final List<String> MIDDLE_FEMALE = List.of("Nur", "Dwi", "Tri", "Eka", "Sri", "Ayu", "Putri", "Dewi",
            "Indah", "Ratna");

    static final List<String> FAMILY_NAMES = List.of("Santoso", "Wijaya", "Kusuma", "Saputra", "Pratama",
            "Hidayat", "Setiawan", "Gunawan", "Nugroho", "Susanto", "Permana", "Kurniawan", "Hakim", "Siregar",
            "Nasution", "Harahap", "Lubis", "Simanjuntak", "Hutapea", "Tanjung", "Chaniago", "Sudrajat",
            "Suherman", "Hasibuan", "Firmansyah", "Ramadhan", "Wibowo", "Prasetyo", "Utomo", "Hartono",
            "Suryana", "Mulyana", "Hermawan", "Sembiring", "Ginting", "Tarigan", "Manurung", "Sihombing",
            "Rachman", "Maulana", "Syahputra", "Iskandar", "Sulaiman", "Pangaribuan", "Daulay", "Lesmana",
            "Rusdi", "Sanjaya", "Halim", "Fauzi");

    static final List<String> FEMALE_FAMILY_NAMES = List.of("Rahayu", "Wulandari", "Handayani", "Purnamasari",
            "Maharani", "Anggraini", "Fitriani", "Lestari", "Puspitasari", "Susanti", "Kurniasih", "Rahmawati",
            "Safitri", "Permatasari", "Oktaviani", "Nurhayati");

    static final List<String> MALE_SINGLE_NAMES = List.of("Suparman", "Sukirman", "Sumarno", "Mulyadi",
            "Suhendar", "Karyono", "Sutrisno", "Suryadi", "Jumadi", "Rusli");

    static final List<String> FEMALE_SINGLE_NAMES = List.of("Sumarni", "Suryani", "Mulyani", "Karsih",
            "Sukaesih", "Rohayati", "Juariah", "Sumiati", "Nurlela", "Warsini");

    static final List<String> GENERAL_BACHELOR = List.of("S.Kom.", "S.E.", "S.H.", "S.Sos.", "S.T.", "S.AP.",
            "S.I.Kom.", "S.Ak.", "S.IP.", "S.STP.", "S.Si.", "S.Stat.");

    static final List<String> GENERAL_MASTER = List.of("M.M.", "M.Si.", "M.A.P.", "M.T.", "M.Kom.", "M.H.", "M.Ak.");

    static final List<String> DIPLOMA = List.of("A.Md.", "A.Md.Kom.", "A.Md.Ak.", "A.Md.T.");

    static final List<String> SPECIALISTS = List.of("Sp.PD.", "Sp.A.", "Sp.OG.", "Sp.B.", "Sp.An.", "M.Kes.");

    static final List<String> PHONE_PREFIXES = List.of("11", "12", "13", "21", "22", "52", "53", "14", "15",
            "16", "55", "56", "57", "58", "17", "18", "19", "59", "77", "78", "81", "82", "83", "95", "96", "97",
            "98", "99");

    static final List<University> UNIVERSITIES = List.of(
            new University("Universitas Pamulang", "unpam.ac.id"),
            new University("Universitas Pamulang", "unpam.ac.id"),
            new University("Universitas Pamulang", "unpam.ac.id"),
            new University("UIN Syarif Hidayatullah Jakarta", "uinjkt.ac.id"),
            new University("UIN Syarif Hidayatullah Jakarta", "uinjkt.ac.id"),
            new University("UIN Syarif Hidayatullah Jakarta", "uinjkt.ac.id"),
            new University("Institut Teknologi Indonesia", "iti.ac.id"),
            new University("Universitas Muhammadiyah Tangerang", "umt.ac.id"),
            new University("Universitas Pembangunan Jaya", "upj.ac.id"),
            new University("Institut Teknologi Tangerang Selatan", "itts.ac.id"),
            new University("Universitas Terbuka", "ut.ac.id"),
            new University("Universitas Indonesia", "ui.ac.id"),
            new University("Politeknik Negeri Jakarta", "pnj.ac.id"),
            new University("Universitas Multimedia Nusantara", "umn.ac.id"),
            new University("Swiss German University", "sgu.ac.id"),
            new University("Universitas Islam Syekh-Yusuf", "unis.ac.id"));

    private static List<UnitSpec> units() {
        List<UnitSpec> units = new ArrayList<>();
        units.add(new UnitSpec("4.01.01", "Sekretariat Daerah", "Setda", Field.SECRETARIAT, 250, 2, List.of(
                new Slot("Sekretaris Daerah", IV_A + 2),
                new Slot("Asisten Pemerintahan dan Kesejahteraan Rakyat", IV_A),
                new Slot("Asisten Perekonomian dan Pembangunan", IV_A),
                new Slot("Asisten Administrasi Umum", IV_A),
                new Slot("Kepala Bagian Pemerintahan", III_D),
                new Slot("Kepala Bagian Hukum", III_D),
                new Slot("Kepala Bagian Organisasi", III_D),
                new Slot("Kepala Bagian Pengadaan Barang dan Jasa", III_D),
                new Slot("Kepala Bagian Protokol dan Komunikasi Pimpinan", III_D),
                new Slot("Kepala Bagian Umum", III_D))));
        units.add(new UnitSpec("4.02.01", "Sekretariat DPRD", "Setwan", Field.SECRETARIAT, 90, 1, List.of(
                new Slot("Sekretaris DPRD", IV_A),
                new Slot("Kepala Bagian Umum dan Keuangan", III_D),
                new Slot("Kepala Bagian Persidangan dan Perundang-undangan", III_D),
                new Slot("Kepala Bagian Fasilitasi Penganggaran dan Pengawasan", III_D))));
        units.add(agency("6.01.01", "Inspektorat Daerah", "Inspektorat", Field.INSPECTORATE, 90, 1,
                "Inspektur", "Sekretaris Inspektorat", List.of("Inspektur Pembantu Wilayah I",
                        "Inspektur Pembantu Wilayah II", "Inspektur Pembantu Wilayah III",
                        "Inspektur Pembantu Wilayah IV")));
        units.add(agency("5.01.01", "Badan Perencanaan Pembangunan Daerah", "Bappeda", Field.PLANNING, 80, 3,
                null, null, List.of("Kepala Bidang Perencanaan Pemerintahan dan Pembangunan Manusia",
                        "Kepala Bidang Perekonomian dan Sumber Daya Alam", "Kepala Bidang Infrastruktur dan Kewilayahan",
                        "Kepala Bidang Penelitian dan Pengembangan")));
        units.add(agency("5.03.01", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM",
                Field.PERSONNEL, 90, 3, null, null, List.of("Kepala Bidang Pengadaan, Pemberhentian dan Informasi",
                        "Kepala Bidang Mutasi dan Promosi", "Kepala Bidang Pengembangan Kompetensi Aparatur",
                        "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan")));
        units.add(agency("5.02.01", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", Field.FINANCE, 120, 1,
                null, null, List.of("Kepala Bidang Anggaran", "Kepala Bidang Perbendaharaan",
                        "Kepala Bidang Akuntansi", "Kepala Bidang Aset")));
        units.add(agency("5.02.02", "Badan Pendapatan Daerah", "Bapenda", Field.FINANCE, 150, 1, null, null,
                List.of("Kepala Bidang Pajak Daerah I", "Kepala Bidang Pajak Daerah II",
                        "Kepala Bidang Perencanaan dan Pengembangan Pendapatan")));
        units.add(agency("1.05.02", "Badan Penanggulangan Bencana Daerah", "BPBD", Field.SERVICES, 70, 1,
                "Kepala Pelaksana Badan Penanggulangan Bencana Daerah", null, List.of(
                        "Kepala Bidang Pencegahan dan Kesiapsiagaan", "Kepala Bidang Kedaruratan dan Logistik",
                        "Kepala Bidang Rehabilitasi dan Rekonstruksi")));
        units.add(agency("8.01.01", "Badan Kesatuan Bangsa dan Politik", "Kesbangpol", Field.SERVICES, 50, 1,
                null, null, List.of("Kepala Bidang Ideologi dan Wawasan Kebangsaan",
                        "Kepala Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan")));
        units.add(agency("5.05.01", "Badan Riset dan Inovasi Daerah", "BRIDA", Field.PLANNING, 45, 2, null, null,
                List.of("Kepala Bidang Riset dan Inovasi", "Kepala Bidang Penerapan Inovasi")));
        units.add(agency("1.01.01", "Dinas Pendidikan dan Kebudayaan", "Dindikbud", Field.EDUCATION, 4300, 2,
                null, null, List.of("Kepala Bidang Pembinaan Sekolah Dasar",
                        "Kepala Bidang Pembinaan Sekolah Menengah Pertama",
                        "Kepala Bidang Pendidikan Anak Usia Dini dan Pendidikan Nonformal",
                        "Kepala Bidang Guru dan Tenaga Kependidikan", "Kepala Bidang Kebudayaan")));
        List<String> health = new ArrayList<>(List.of("Kepala Bidang Kesehatan Masyarakat",
                "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
                "Kepala Bidang Pelayanan dan Sumber Daya Kesehatan"));
        for (String puskesmas : List.of("Pamulang", "Benda Baru", "Ciputat", "Jombang", "Pondok Aren",
                "Jurang Mangu", "Serpong 1", "Serpong 2", "Setu", "Pondok Ranji", "Pisangan", "Paku Alam")) {
            health.add("Kepala UPTD Puskesmas " + puskesmas);
        }
        units.add(agency("1.02.01", "Dinas Kesehatan", "Dinkes", Field.HEALTH, 1100, 3, null, null, health));
        units.add(new UnitSpec("1.02.02", "Rumah Sakit Umum Daerah Kota Tangerang Selatan", "RSUD", Field.HOSPITAL,
                700, 3, List.of(
                        new Slot("Direktur Rumah Sakit Umum Daerah Kota Tangerang Selatan", IV_A),
                        new Slot("Wakil Direktur Pelayanan", III_D),
                        new Slot("Wakil Direktur Umum dan Keuangan", III_D),
                        new Slot("Kepala Bagian Tata Usaha", III_C),
                        new Slot("Kepala Bidang Pelayanan Medik", III_C),
                        new Slot("Kepala Bidang Keperawatan", III_C),
                        new Slot("Kepala Sub Bagian Kepegawaian", III_B))));
        units.add(agency("1.03.01", "Dinas Sumber Daya Air, Bina Marga dan Bina Konstruksi", "DSDABMBK",
                Field.PUBLIC_WORKS, 110, 1, null, null, List.of("Kepala Bidang Sumber Daya Air",
                        "Kepala Bidang Bina Marga", "Kepala Bidang Bina Konstruksi")));
        units.add(agency("1.03.02", "Dinas Cipta Karya dan Tata Ruang", "Disciptakar", Field.PUBLIC_WORKS, 80, 1,
                null, null, List.of("Kepala Bidang Tata Ruang", "Kepala Bidang Bangunan Gedung")));
        units.add(agency("1.04.01", "Dinas Perumahan, Kawasan Permukiman dan Pertanahan", "Disperkimta",
                Field.PUBLIC_WORKS, 80, 1, null, null, List.of("Kepala Bidang Perumahan",
                        "Kepala Bidang Kawasan Permukiman", "Kepala Bidang Pertanahan")));
        units.add(new UnitSpec("1.05.01", "Satuan Polisi Pamong Praja", "Satpol PP", Field.PUBLIC_ORDER, 200, 1,
                List.of(new Slot("Kepala Satuan Polisi Pamong Praja", IV_A),
                        new Slot("Sekretaris Satuan Polisi Pamong Praja", III_D),
                        new Slot("Kepala Bidang Penegakan Peraturan Daerah", III_C),
                        new Slot("Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat", III_C),
                        new Slot("Kepala Bidang Perlindungan Masyarakat", III_C))));
        units.add(agency("1.05.03", "Dinas Pemadam Kebakaran dan Penyelamatan", "Damkar", Field.FIRE, 150, 1,
                null, null, List.of("Kepala Bidang Operasi Pemadaman dan Penyelamatan",
                        "Kepala Bidang Pencegahan Kebakaran")));
        units.add(agency("1.06.01", "Dinas Sosial", "Dinsos", Field.SERVICES, 60, 1, null, null, List.of(
                "Kepala Bidang Rehabilitasi Sosial", "Kepala Bidang Perlindungan dan Jaminan Sosial")));
        units.add(agency("2.07.01", "Dinas Tenaga Kerja", "Disnaker", Field.SERVICES, 50, 1, null, null, List.of(
                "Kepala Bidang Pelatihan dan Penempatan Tenaga Kerja", "Kepala Bidang Hubungan Industrial")));
        units.add(agency("2.08.01", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk "
                + "dan Keluarga Berencana", "DP3AP2KB", Field.SERVICES, 90, 1, null, null, List.of(
                "Kepala Bidang Perlindungan Perempuan dan Anak", "Kepala Bidang Keluarga Berencana")));
        units.add(agency("2.09.01", "Dinas Ketahanan Pangan, Pertanian dan Perikanan", "DKP3", Field.AGRICULTURE,
                60, 1, null, null, List.of("Kepala Bidang Ketahanan Pangan", "Kepala Bidang Pertanian",
                        "Kepala Bidang Perikanan")));
        units.add(agency("2.11.01", "Dinas Lingkungan Hidup", "DLH", Field.SERVICES, 120, 1, null, null, List.of(
                "Kepala Bidang Pengelolaan Sampah", "Kepala Bidang Pengendalian Pencemaran",
                "Kepala Bidang Pertamanan")));
        units.add(agency("2.12.01", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", Field.SERVICES, 90,
                1, null, null, List.of("Kepala Bidang Pelayanan Pendaftaran Penduduk",
                        "Kepala Bidang Pelayanan Pencatatan Sipil",
                        "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan")));
        units.add(agency("2.15.01", "Dinas Perhubungan", "Dishub", Field.SERVICES, 130, 1, null, null, List.of(
                "Kepala Bidang Lalu Lintas", "Kepala Bidang Angkutan", "Kepala Bidang Perparkiran")));
        units.add(agency("2.16.01", "Dinas Komunikasi dan Informatika", "Diskominfo", Field.INFORMATICS, 80, 5,
                null, null, List.of("Kepala Bidang Aplikasi Informatika",
                        "Kepala Bidang Informasi dan Komunikasi Publik", "Kepala Bidang Persandian dan Statistik",
                        "Kepala Bidang Infrastruktur Teknologi Informasi dan Komunikasi")));
        units.add(agency("2.17.01", "Dinas Koperasi dan Usaha Kecil Menengah", "Dinkop UKM", Field.SERVICES, 45, 1,
                null, null, List.of("Kepala Bidang Koperasi", "Kepala Bidang Usaha Kecil Menengah")));
        units.add(agency("2.18.01", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP",
                Field.SERVICES, 70, 2, null, null, List.of("Kepala Bidang Pelayanan Perizinan",
                        "Kepala Bidang Promosi dan Pengembangan Iklim Penanaman Modal")));
        units.add(agency("2.19.01", "Dinas Pemuda dan Olahraga", "Dispora", Field.SERVICES, 45, 1, null, null,
                List.of("Kepala Bidang Kepemudaan", "Kepala Bidang Keolahragaan")));
        units.add(agency("2.23.01", "Dinas Perpustakaan dan Arsip Daerah", "Dispusarda", Field.SERVICES, 45, 1,
                null, null, List.of("Kepala Bidang Perpustakaan", "Kepala Bidang Kearsipan")));
        units.add(agency("3.26.01", "Dinas Pariwisata", "Dispar", Field.SERVICES, 40, 1, null, null, List.of(
                "Kepala Bidang Destinasi Pariwisata", "Kepala Bidang Ekonomi Kreatif")));
        units.add(agency("3.30.01", "Dinas Perindustrian dan Perdagangan", "Disperindag", Field.SERVICES, 50, 1,
                null, null, List.of("Kepala Bidang Perindustrian", "Kepala Bidang Perdagangan")));
        units.add(district("7.01.01", "Serpong", List.of("Serpong", "Cilenggang", "Lengkong Gudang",
                "Lengkong Gudang Timur", "Lengkong Wetan", "Rawa Buntu", "Rawa Mekar Jaya", "Ciater", "Buaran")));
        units.add(district("7.01.02", "Serpong Utara", List.of("Pakualam", "Pakulonan", "Paku Jaya",
                "Pondok Jagung", "Pondok Jagung Timur", "Jelupang", "Lengkong Karya")));
        units.add(district("7.01.03", "Ciputat", List.of("Ciputat", "Cipayung", "Serua", "Serua Indah", "Jombang",
                "Sawah Baru", "Sawah")));
        units.add(district("7.01.04", "Ciputat Timur", List.of("Cempaka Putih", "Pisangan", "Cireundeu", "Rempoa",
                "Rengas", "Pondok Ranji")));
        units.add(district("7.01.05", "Pamulang", List.of("Pamulang Barat", "Pamulang Timur", "Pondok Cabe Udik",
                "Pondok Cabe Ilir", "Kedaung", "Bambu Apus", "Benda Baru", "Pondok Benda")));
        units.add(district("7.01.06", "Pondok Aren", List.of("Pondok Aren", "Pondok Kacang Barat",
                "Pondok Kacang Timur", "Perigi Baru", "Perigi Lama", "Jurang Mangu Barat", "Jurang Mangu Timur",
                "Pondok Karya", "Pondok Jaya", "Pondok Betung", "Pondok Pucung")));
        units.add(district("7.01.07", "Setu", List.of("Setu", "Kademangan", "Muncul", "Babakan", "Bakti Jaya",
                "Keranggan")));
        return List.copyOf(units);
    }

    private static UnitSpec agency(String code, String name, String abbreviation, Field field, int weight,
            int internWeight, String head, String secretary, List<String> divisions) {
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot(head == null ? "Kepala " + name : head, IV_A));
        slots.add(new Slot(secretary == null ? "Sekretaris " + name : secretary, III_D));
        for (String division : divisions) {
            slots.add(new Slot(division, division.startsWith("Kepala UPTD") ? III_B : III_C));
        }
        slots.add(new Slot("Kepala Sub Bagian Umum dan Kepegawaian", III_B));
        slots.add(new Slot("Kepala Sub Bagian Perencanaan dan Keuangan", III_B));
        return new UnitSpec(code, name, abbreviation, field, weight, internWeight, List.copyOf(slots));
    }

    private static UnitSpec district(String code, String name, List<String> kelurahan) {
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot("Camat " + name, III_D));
        slots.add(new Slot("Sekretaris Kecamatan " + name, III_C));
        slots.add(new Slot("Kepala Seksi Pemerintahan", III_B));
        slots.add(new Slot("Kepala Seksi Ketenteraman dan Ketertiban Umum", III_B));
        slots.add(new Slot("Kepala Seksi Pemberdayaan Masyarakat", III_B));
        for (String village : kelurahan) {
            slots.add(new Slot("Lurah " + village, III_B));
        }
        return new UnitSpec(code, "Kecamatan " + name, "Kec. " + name, Field.DISTRICT, 130, 1, List.copyOf(slots));
    }
}
