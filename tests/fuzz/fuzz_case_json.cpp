// Fuzz target: the case JSON reader never crashes on hostile input; a file read without findings
// writes and reads back to the same case; normalisation and validation accept whatever was read.
#include "CaseJson.h"
#include "Normalizer.h"
#include "Validator.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    vd::CaseJson::ReadResult read = vd::CaseJson::read(input);
    if (read.findings.isEmpty()) {
        const vd::CaseJson::ReadResult again = vd::CaseJson::read(vd::CaseJson::write(read.value));
        if (!again.findings.isEmpty() || !(again.value == read.value))
            std::abort();
    }
    vd::Normalizer::normalize(read.value);
    vd::Validator::validate(read.value, QDate(2026, 11, 29));
    return 0;
}
