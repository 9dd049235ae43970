// decode::connectorPageFromBody: a list answer straight from its bytes with simdjson's On Demand
// reader. The instances are built field by field through connectorfields::build, the same code that
// ConnectorInstance::fromJson ends in, so both paths agree (tests/core/tst_pagebodydecoder.cpp
// checks it on both dialects and on hostile answers).

#include "core/model/connectorinstance_p.h"
#include "core/net/apierror.h"
#include "core/wire/pagination.h"
#include "core/wire/pagination_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>

namespace od = simdjson::ondemand;

namespace {

// From this size on, a list answer is read in two passes, to keep the peak memory down; below it one
// pass is quicker and the memory is small either way.
constexpr qsizetype twoPassBytes = 1024 * 1024;

using connectorfields::Field;

// Where the list and its paging were found; the answer's own names decide (see locateList in
// pagination.cpp): `connectors: [...]`, or `connectors: {connectors: [...], pagination}`.
struct Envelope
{
    enum class List
    {
        Missing,
        Found,
        WrongType
    };
    List list = List::Missing;
    ConnectorPage page;
    // Two-pass decoding: the instances' texts in list order, decoded after the first pass.
    QList<std::string_view> deferred;
    int skipped = 0;
    qsizetype listSize = 0;
    QJsonValue pagination{QJsonValue::Undefined}; // the root's
    QJsonValue nestedPagination{QJsonValue::Undefined}; // the nested object's: wins when the list was nested
    bool nested = false;
    bool refused = false; // `success: false`
};

// The text of a string that starts at `start` (just past its opening quote), straight from the body,
// when it has no escapes, as nearly all keys and values do: nothing is copied into the reader's own
// string buffer, which for a large list would otherwise grow by megabytes. Empty: it needs unescaping.
std::optional<std::string_view> plainString(const char* start, const char* end)
{
    const auto* quote = static_cast<const char*>(std::memchr(start, '"', size_t(end - start)));
    if (!quote || std::memchr(start, '\\', size_t(quote - start)))
        return std::nullopt;
    return std::string_view(start, size_t(quote - start));
}

class BodyDecoder
{
public:
    // `deferInstances`: the first of two passes; readList only notes where each instance's text is.
    BodyDecoder(ConnectorInstance::Extra extra, const char* bodyBegin, const char* bodyEnd, bool deferInstances)
        : m_extra(extra)
        , m_bodyEnd(bodyEnd)
        , m_deferInstances(deferInstances)
        , m_interner(bodyBegin, bodyEnd)
    { }

    simdjson::error_code decode(od::document& document, Envelope* out);
    // The second pass: one instance whose text is `text` (inside the body), with `parser`, in place;
    // the body's bytes from `text` to `readableEnd` may be read (simdjson reads in blocks).
    simdjson::error_code
    decodeInstance(od::parser& parser, std::string_view text, const char* readableEnd, ConnectorInstance* instance);
    const char* location() const
    {
        return m_location;
    }

private:
    simdjson::error_code readRoot(od::object root, Envelope* out);
    simdjson::error_code readNested(od::object nested, Envelope* out);
    simdjson::error_code readList(od::array list, Envelope* out);
    // The value of a `connectors` key, wherever it stands: read as the list when it is an array.
    // `type` says what it was, for the caller to decide what any other type means there.
    simdjson::error_code readListIfArray(od::value& value, Envelope* out, od::json_type* type);
    simdjson::error_code readInstance(od::object object, ConnectorInstance* instance);
    simdjson::error_code readField(od::value value, Field* field);
    simdjson::error_code toJsonValue(od::value value, QJsonValue* out);
    static simdjson::error_code rawValue(od::value value, std::string_view* raw);

    simdjson::error_code keyOf(od::field& field, std::string_view* key);

    ConnectorInstance::Extra m_extra;
    const char* m_bodyEnd;
    bool m_deferInstances;
    const char* m_location = nullptr;
    QByteArray m_extraText; // reused from one instance to the next
    connectorfields::StringInterner m_interner;
};

// A value as QJsonDocument reads its raw text (a nested object or array, a number simdjson holds
// differently), so that odd-typed fields are exactly what the QJsonObject path makes of them.
bool parseFragment(std::string_view raw, QJsonValue* out)
{
    QByteArray wrapped;
    wrapped.reserve(qsizetype(raw.size()) + 2);
    wrapped.append('[').append(raw.data(), qsizetype(raw.size())).append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return false;
    *out = document.array().at(0);
    return true;
}

// `text` as a JSON string: quotes, backslashes and control characters escaped, the rest as it is.
void appendJsonString(QByteArray& out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
            out.append(escaped, sizeof escaped);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

simdjson::error_code BodyDecoder::rawValue(od::value value, std::string_view* raw)
{
    od::json_type type;
    if (auto error = value.type().get(type))
        return error;
    if (type == od::json_type::object) {
        od::object object;
        if (auto error = value.get_object().get(object))
            return error;
        return object.raw_json().get(*raw);
    }
    if (type == od::json_type::array) {
        od::array array;
        if (auto error = value.get_array().get(array))
            return error;
        return array.raw_json().get(*raw);
    }
    *raw = value.raw_json_token(); // a scalar: up to the next comma or brace, whitespace included
    return simdjson::SUCCESS;
}

simdjson::error_code BodyDecoder::toJsonValue(od::value value, QJsonValue* out)
{
    od::json_type type;
    if (auto error = value.type().get(type))
        return error;
    switch (type) {
    case od::json_type::null: {
        bool isNull = false;
        if (auto error = value.is_null().get(isNull))
            return error;
        if (!isNull)
            return simdjson::N_ATOM_ERROR;
        *out = QJsonValue(QJsonValue::Null);
        return simdjson::SUCCESS;
    }
    case od::json_type::boolean: {
        bool b = false;
        if (auto error = value.get_bool().get(b))
            return error;
        *out = b;
        return simdjson::SUCCESS;
    }
    case od::json_type::string: {
        std::string_view text;
        if (auto error = value.get_string().get(text))
            return error;
        *out = QString::fromUtf8(text.data(), qsizetype(text.size()));
        return simdjson::SUCCESS;
    }
    case od::json_type::number: {
        // QJsonDocument keeps integers that fit in 64 bits as integers and reads the rest as doubles.
        od::number_type numberType;
        if (value.get_number_type().get(numberType) == simdjson::SUCCESS
            && numberType == od::number_type::signed_integer) {
            int64_t i = 0;
            if (value.get_int64().get(i) == simdjson::SUCCESS) {
                *out = qint64(i);
                return simdjson::SUCCESS;
            }
        }
        return parseFragment(value.raw_json_token(), out) ? simdjson::SUCCESS : simdjson::NUMBER_ERROR;
    }
    case od::json_type::object:
    case od::json_type::array: {
        // Only root fields, odd-typed known fields and list items that are not objects come here (an
        // instance's unknown fields go through the text of `extra`): QJsonDocument reads the raw text,
        // with its own depth limit, and no recursion of ours can run out of stack on a deep value.
        std::string_view raw;
        if (auto error = rawValue(value, &raw))
            return error;
        return parseFragment(raw, out) ? simdjson::SUCCESS : simdjson::TAPE_ERROR;
    }
    }
    return simdjson::INCORRECT_TYPE;
}

simdjson::error_code BodyDecoder::keyOf(od::field& field, std::string_view* key)
{
    if (const auto plain = plainString(field.key().raw(), m_bodyEnd)) {
        *key = *plain;
        return simdjson::SUCCESS;
    }
    return field.unescaped_key().get(*key);
}

simdjson::error_code BodyDecoder::readField(od::value value, Field* field)
{
    od::json_type type;
    if (auto error = value.type().get(type))
        return error;
    switch (type) {
    case od::json_type::string: {
        field->kind = Field::Kind::String;
        field->other = QJsonValue();
        const std::string_view token = value.raw_json_token(); // from the opening quote on
        if (const auto plain = plainString(token.data() + 1, m_bodyEnd)) {
            field->text = *plain;
            return simdjson::SUCCESS;
        }
        return value.get_string().get(field->text);
    }
    case od::json_type::boolean:
        field->kind = Field::Kind::Bool;
        field->other = QJsonValue();
        return value.get_bool().get(field->boolean);
    case od::json_type::null:
        field->kind = Field::Kind::Null;
        field->other = QJsonValue();
        return toJsonValue(value, &field->other); // checks that it is really `null`
    default:
        field->kind = Field::Kind::Other;
        return toJsonValue(value, &field->other);
    }
}

simdjson::error_code BodyDecoder::readInstance(od::object object, ConnectorInstance* instance)
{
    Field fields[connectorfields::KeyCount];
    // The unknown fields, copied as text into one object that QJsonDocument then reads in one go:
    // much cheaper than a QJsonObject::insert per field (each re-encodes its key).
    m_extraText.resize(0);
    for (auto member : object) {
        od::field field;
        if (auto error = std::move(member).get(field))
            return error;
        std::string_view key;
        if (auto error = keyOf(field, &key))
            return error;
        const connectorfields::Key known = connectorfields::keyOf(key);
        if (known != connectorfields::KeyCount) {
            // A key given twice: the last one counts, as in QJsonDocument.
            if (auto error = readField(field.value(), &fields[known]))
                return error;
            continue;
        }
        // Not kept: the reader steps over it. On Demand checks a skipped value's structure, not every
        // token in it (docs/RELIABILITY.md); what is shown was read and checked in full.
        if (m_extra == ConnectorInstance::Extra::Skip)
            continue;
        std::string_view raw;
        if (auto error = rawValue(field.value(), &raw))
            return error;
        m_extraText.append(m_extraText.isEmpty() ? '{' : ',');
        appendJsonString(m_extraText, key);
        m_extraText.append(':').append(raw.data(), qsizetype(raw.size()));
    }
    QJsonObject extra;
    if (!m_extraText.isEmpty()) {
        m_extraText.append('}');
        // The raw text of the values was only checked for structure: QJsonDocument checks the rest.
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_extraText, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return simdjson::TAPE_ERROR;
        extra = document.object();
    }
    // Shared strings pay off where lists are large or kept (the console's cache); a page that
    // connectorctl prints and forgets is quicker without the lookups.
    const bool intern = m_deferInstances || m_extra == ConnectorInstance::Extra::Skip;
    *instance = connectorfields::build(fields, std::move(extra), intern ? &m_interner : nullptr);
    return simdjson::SUCCESS;
}

simdjson::error_code BodyDecoder::readList(od::array list, Envelope* out)
{
    ConnectorPage page;
    // Counted first (a quick pass over the structure), so that the list is allocated once, not
    // doubled as it grows: with 10,000 instances that is megabytes at the peak.
    size_t count = 0;
    if (auto error = list.count_elements().get(count))
        return error;
    const auto reserved = qsizetype(std::min<size_t>(count, size_t(std::numeric_limits<int>::max())));
    QList<std::string_view> deferred;
    if (m_deferInstances)
        deferred.reserve(reserved);
    else
        page.connectors.reserve(reserved);
    int skipped = 0;
    qsizetype size = 0;
    for (auto element : list) {
        od::value item;
        if (auto error = std::move(element).get(item))
            return error;
        ++size;
        od::json_type type;
        if (auto error = item.type().get(type))
            return error;
        if (type != od::json_type::object) {
            QJsonValue ignored;
            if (auto error = toJsonValue(item, &ignored))
                return error;
            ++skipped;
            continue;
        }
        od::object object;
        if (auto error = item.get_object().get(object))
            return error;
        if (m_deferInstances) {
            std::string_view text;
            if (auto error = object.raw_json().get(text))
                return error;
            deferred.append(text);
            continue;
        }
        ConnectorInstance instance;
        if (auto error = readInstance(object, &instance))
            return error;
        if (instance.isValid())
            page.connectors.append(std::move(instance));
        else
            ++skipped;
    }
    // A second `connectors` replaces the first, as in QJsonDocument.
    out->page = std::move(page);
    out->deferred = std::move(deferred);
    out->skipped = skipped;
    out->listSize = size;
    out->list = Envelope::List::Found;
    return simdjson::SUCCESS;
}

simdjson::error_code BodyDecoder::readListIfArray(od::value& value, Envelope* out, od::json_type* type)
{
    if (auto error = value.type().get(*type))
        return error;
    if (*type != od::json_type::array)
        return simdjson::SUCCESS;
    od::array array;
    if (auto error = value.get_array().get(array))
        return error;
    return readList(array, out);
}

simdjson::error_code BodyDecoder::readNested(od::object nested, Envelope* out)
{
    bool foundList = false;
    bool foundOther = false;
    QJsonValue nestedPagination(QJsonValue::Undefined);
    for (auto member : nested) {
        od::field field;
        if (auto error = std::move(member).get(field))
            return error;
        std::string_view key;
        if (auto error = field.unescaped_key().get(key))
            return error;
        od::value value = field.value();
        if (key == "connectors") {
            od::json_type type;
            if (auto error = readListIfArray(value, out, &type))
                return error;
            if (type == od::json_type::array) {
                foundList = true;
                foundOther = false;
                continue;
            }
            foundList = false;
            foundOther = true;
        }
        QJsonValue read;
        if (auto error = toJsonValue(value, &read))
            return error;
        if (key == "pagination")
            nestedPagination = read;
    }
    if (foundList && !foundOther) {
        out->nested = true;
        out->nestedPagination = nestedPagination;
    } else {
        // `connectors` is an object without a list in it: the list is of the wrong type.
        out->list = Envelope::List::WrongType;
    }
    return simdjson::SUCCESS;
}

simdjson::error_code BodyDecoder::readRoot(od::object root, Envelope* out)
{
    for (auto member : root) {
        od::field field;
        if (auto error = std::move(member).get(field))
            return error;
        std::string_view key;
        if (auto error = field.unescaped_key().get(key))
            return error;
        od::value value = field.value();
        if (key == "connectors") {
            out->nested = false;
            od::json_type type;
            if (auto error = readListIfArray(value, out, &type))
                return error;
            if (type == od::json_type::array)
                continue;
            if (type == od::json_type::object) {
                od::object nested;
                if (auto error = value.get_object().get(nested))
                    return error;
                if (auto error = readNested(nested, out))
                    return error;
                continue;
            }
            out->list = Envelope::List::WrongType;
        }
        QJsonValue read;
        if (auto error = toJsonValue(value, &read))
            return error;
        if (key == "pagination")
            out->pagination = read;
        else if (key == "success")
            out->refused = read.isBool() && !read.toBool();
    }
    return simdjson::SUCCESS;
}

simdjson::error_code BodyDecoder::decodeInstance(od::parser& parser,
                                                 std::string_view text,
                                                 const char* readableEnd,
                                                 ConnectorInstance* instance)
{
    od::document document;
    if (auto error = parser.iterate(text.data(), text.size(), size_t(readableEnd - text.data())).get(document))
        return error;
    od::object object;
    if (auto error = document.get_object().get(object))
        return error;
    return readInstance(object, instance);
}

simdjson::error_code BodyDecoder::decode(od::document& document, Envelope* out)
{
    od::object root;
    if (auto error = document.get_object().get(root))
        return error;
    if (auto error = readRoot(root, out))
        return error;
    // Nothing may follow the root object: once it is read, the reader must be out of tokens.
    const char* next = nullptr;
    if (document.current_location().get(next) == simdjson::OUT_OF_BOUNDS)
        return simdjson::SUCCESS;
    m_location = next;
    return simdjson::TAPE_ERROR;
}

} // namespace

namespace decode {

std::optional<ConnectorPage> connectorPageFromBody(const QByteArray& body,
                                                   int httpStatus,
                                                   const Pagination& requested,
                                                   ApiError* error,
                                                   ConnectorInstance::Extra extra)
{
    return connectorPageFromBody(body, httpStatus, requested, error, extra, twoPassBytes);
}

std::optional<ConnectorPage> connectorPageFromBody(const QByteArray& body,
                                                   int httpStatus,
                                                   const Pagination& requested,
                                                   ApiError* error,
                                                   ConnectorInstance::Extra extra,
                                                   qsizetype twoPassesFromBytes)
{
    auto fail = [error](ApiError e) -> std::optional<ConnectorPage> {
        if (error)
            *error = std::move(e);
        return std::nullopt;
    };
    if (body.trimmed().isEmpty()) {
        // ApiReply reads an empty body as an empty object: no list.
        return fail(listMissing(false));
    }

    // simdjson reads in wide blocks and needs SIMDJSON_PADDING readable bytes past the end. ApiReply
    // reserves them; a body without them is copied once.
    simdjson::padded_string copy;
    const char* data = body.constData();
    size_t capacity = size_t(body.capacity());
    // capacity() is what was allocated (0 for raw data): the bytes past size() are readable.
    if (capacity < size_t(body.size()) + simdjson::SIMDJSON_PADDING) {
        copy = simdjson::padded_string(body.constData(), size_t(body.size()));
        data = copy.data();
        capacity = copy.size() + simdjson::SIMDJSON_PADDING;
    }

    // A large list is read in two passes (docs/PERFORMANCE.md, figure 5). The first notes where each
    // instance's text is and reads the rest; its parser, which indexes every token of the answer (four
    // bytes each, as much again as the body), is gone before the second pass builds the instances one
    // by one in place, with a parser the size of one instance.
    const bool twoPasses = body.size() >= twoPassesFromBytes;
    Envelope envelope;
    BodyDecoder decoder(extra, data, data + body.size(), twoPasses);
    const char* readableEnd = data + capacity;
    simdjson::error_code code = simdjson::SUCCESS;
    const char* at = nullptr; // where the reader stopped, for the message
    {
        // A parser per answer: a thread-local one would keep the buffers of the largest answer ever
        // read for the life of each worker thread.
        od::parser parser;
        od::document document;
        code = parser.iterate(data, size_t(body.size()), capacity).get(document);
        const bool iterated = code == simdjson::SUCCESS;
        if (iterated) {
            od::json_type type;
            code = document.type().get(type);
            if (code == simdjson::SUCCESS && type != od::json_type::object) {
                // Valid JSON that is not an object, or not JSON at all: tell them apart as ApiReply does.
                QJsonParseError parseError;
                QJsonDocument::fromJson(body, &parseError);
                if (parseError.error != QJsonParseError::NoError)
                    return fail(ApiError::invalidJson(body, httpStatus, parseError.errorString(), parseError.offset));
                return fail(ApiError::notAnObject(body, httpStatus));
            }
            if (code == simdjson::SUCCESS)
                code = decoder.decode(document, &envelope);
        }
        if (code != simdjson::SUCCESS) {
            // A document that never started has no position.
            at = decoder.location();
            if (!at && iterated && document.current_location().get(at) != simdjson::SUCCESS)
                at = nullptr;
        }
    }
    if (code == simdjson::SUCCESS && twoPasses && envelope.list == Envelope::List::Found) {
        od::parser parser;
        envelope.page.connectors.reserve(envelope.deferred.size());
        for (const std::string_view text : std::as_const(envelope.deferred)) {
            ConnectorInstance instance;
            code = decoder.decodeInstance(parser, text, readableEnd, &instance);
            if (code != simdjson::SUCCESS) {
                at = text.data();
                break;
            }
            if (instance.isValid())
                envelope.page.connectors.append(std::move(instance));
            else
                ++envelope.skipped;
        }
        envelope.deferred = {};
    }
    if (code != simdjson::SUCCESS) {
        const qsizetype offset = at && at >= data && at <= data + body.size() ? at - data : 0;
        return fail(ApiError::invalidJson(body, httpStatus, QString::fromUtf8(simdjson::error_message(code)), offset));
    }
    if (envelope.refused) // some services answer 200 with success:false and a message
        return fail(ApiError::refusal(body, httpStatus));
    if (envelope.list != Envelope::List::Found)
        return fail(listMissing(envelope.list == Envelope::List::WrongType));
    const QJsonValue& pagination
        = envelope.nested && !envelope.nestedPagination.isUndefined() ? envelope.nestedPagination : envelope.pagination;
    return finishPage(std::move(envelope.page), envelope.skipped, envelope.listSize, pagination, requested, error);
}

} // namespace decode
