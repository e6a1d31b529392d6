#ifndef PERFUSIO_CLIBXML2_SHIM_H
#define PERFUSIO_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU; its types clash with Foundation's. We never touch encoding handlers.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xmlwriter.h>

/// xmlFree is a global function pointer; Swift 6 refuses it as not concurrency-safe.
static inline void cxml_free(void *p) { xmlFree(p); }
#endif
