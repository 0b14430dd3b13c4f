SELECT COUNT(*) AS jumlah FROM asn
