// libxlsxwriter calls minizip's zipOpenNewFileInZip4_64 through the dynamic
// linker, and a definition in the executable comes first in the lookup, so
// this one sees every part libxlsxwriter deflates. It changes only zlib's
// default level to kXlsxDeflateLevel and hands the call on to minizip's own,
// found with RTLD_NEXT. Nothing else about the container changes: the same
// parts, names, times and order; minizip records the level in each local
// header's flags (bits 1 and 2 both set for level 1), which is what the test
// reads back. A libxlsxwriter built with its own minizip inside would never
// call this, and its workbooks would still be correct, only slower to write.
#include "report/xlsx_deflate.hpp"

#include <dlfcn.h>
#include <minizip/zip.h>

#include <stdexcept>

namespace {

using ZipOpenNewFile = decltype(&zipOpenNewFileInZip4_64);

ZipOpenNewFile minizip_open_new_file() {
  static const auto real =
      reinterpret_cast<ZipOpenNewFile>(dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
  return real;
}

}  // namespace

extern "C" int zipOpenNewFileInZip4_64(zipFile file, const char* filename,
                                       const zip_fileinfo* zipfi, const void* extrafield_local,
                                       uInt size_extrafield_local, const void* extrafield_global,
                                       uInt size_extrafield_global, const char* comment, int method,
                                       int level, int raw, int windowBits, int memLevel,
                                       int strategy, const char* password, uLong crcForCrypting,
                                       uLong versionMadeBy, uLong flagBase, int zip64) {
  const ZipOpenNewFile real = minizip_open_new_file();
  if (real == nullptr) return ZIP_INTERNALERROR;
  if (method == Z_DEFLATED && level == Z_DEFAULT_COMPRESSION)
    level = otklik::report::kXlsxDeflateLevel;
  return real(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
              size_extrafield_global, comment, method, level, raw, windowBits, memLevel, strategy,
              password, crcForCrypting, versionMadeBy, flagBase, zip64);
}

namespace otklik::report {

void require_xlsx_deflate_level() {
  if (minizip_open_new_file() == nullptr)
    throw std::runtime_error(
        "XLSX: minizip's zipOpenNewFileInZip4_64 was not found; is libminizip1 installed?");
}

}  // namespace otklik::report
