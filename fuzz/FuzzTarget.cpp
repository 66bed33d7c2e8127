// One libFuzzer target: built once per parser with MOTCUA_FUZZ_HOLDS set to the property of fuzz/ParserProperties.h
// that every input must keep (fuzz/CMakeLists.txt); a broken property aborts, which libFuzzer reports as a crash.
#include "fuzz/ParserProperties.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (!motcua::fuzz::MOTCUA_FUZZ_HOLDS(bytes)) {
        std::abort();
    }
    return 0;
}
