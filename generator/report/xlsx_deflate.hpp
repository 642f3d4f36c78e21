#pragma once
// The deflate level of the XLSX containers. libxlsxwriter 1.1.4 has no option
// for it and asks minizip for zlib's default, level 6; on the national data
// set deflating the workbooks at that level was 43 % of the workbook stage's
// CPU. Level 1 (zlib's fastest) writes the same XML, byte for byte, into
// containers about 13 % larger, in well under half the time.

namespace otklik::report {

inline constexpr int kXlsxDeflateLevel = 1;

// Throws std::runtime_error when minizip's zipOpenNewFileInZip4_64, which the
// level is passed through to, cannot be found. The workbook calls it before
// it opens a container, so a build never half-writes one.
void require_xlsx_deflate_level();

}  // namespace otklik::report
