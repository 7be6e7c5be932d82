using System.Globalization;
using System.Text.Json;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// Typed, forgiving access to one feed record's properties. The feed treats <c>null</c>, <c>""</c> and <c>[]</c> alike
/// as "no value", so all three read as empty. A value of the wrong JSON type is recorded as an error, never thrown,
/// so one bad record cannot stop the rest of the feed.
/// </summary>
/// <param name="path">Where the record sits, for the limits of <see cref="FeedFieldLimits"/>: "" for a feed record,
/// "knowledges[]." for an object in its knowledges list.</param>
internal sealed class FeedFields(JsonElement record, string path = "")
{
    public List<string> Errors { get; } = [];
    public List<string> Warnings { get; } = [];

    public bool Has(string name) => record.TryGetProperty(name, out _);

    public string Text(string name)
    {
        if (!record.TryGetProperty(name, out var value))
        {
            return "";
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return Limited(name, path + name, value.GetString()!).Trim();
            case JsonValueKind.Null:
                return "";
            default:
                WrongType(name, "text", value);
                return "";
        }
    }

    public string? OptionalText(string name) => Text(name) is { Length: > 0 } text ? text : null;

    public int Number(string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }
        WrongType(name, "a whole number", value);
        return 0;
    }

    public bool Flag(string name)
    {
        if (!record.TryGetProperty(name, out var value))
        {
            return false;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False or JsonValueKind.Null:
                return false;
            // Some flags arrive as numbers (isThisACoreDuty) or strings ("true"); both are documented feed habits.
            case JsonValueKind.Number when value.TryGetInt32(out var n) && n is 0 or 1:
                return n == 1;
            case JsonValueKind.String when bool.TryParse(value.GetString(), out var b):
                return b;
            default:
                WrongType(name, "true or false", value);
                return false;
        }
    }

    /// <summary>
    /// Dates come as "2025-12-10T00:00:00", with milliseconds, or with " +00:00" after a space. Only the calendar date
    /// matters here. "0001-01-01" is .NET's empty date and means "no date".
    /// </summary>
    public DateOnly? Date(string name)
    {
        var text = Text(name);
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Length >= 10
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && (text.Length == 10 || text[10] == 'T'))
        {
            return date == DateOnly.MinValue ? null : date;
        }
        Warnings.Add($"{name} '{text}' is not a date; it was left empty");
        return null;
    }

    /// <summary>Strings of an array, trimmed, blanks dropped, duplicates ignoring case removed, first spelling kept.</summary>
    public List<string> TextList(string name)
    {
        var items = new List<string>();
        var itemName = name + "[]";
        var tooLong = false;
        foreach (var item in Items(name))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                var text = item.GetString()!;
                var limit = FeedFieldLimits.Length(path + itemName);
                if (text.Length > limit && !tooLong)
                {
                    // Once per list: a list of a thousand long items is one problem, not a thousand.
                    Errors.Add(TooLong(itemName, limit));
                    tooLong = true;
                }
                items.Add(text.Length > limit ? text[..limit] : text);
            }
            else if (item.ValueKind != JsonValueKind.Null)
            {
                WrongType(name + "[]", "text", item);
            }
        }
        return Distinct(items);
    }

    /// <summary>One string property of each object in an array, e.g. the <c>detail</c> of every knowledge statement.</summary>
    public List<string> ObjectTexts(string name, string property) =>
        Objects(name).Select(o => o.Text(property)).Where(t => t.Length > 0).ToList();

    /// <summary>
    /// The objects of an array. A child's errors are copied to this record once the caller has read the child
    /// (after each yield), so callers must read what they need inside their Select.
    /// </summary>
    public IEnumerable<FeedFields> Objects(string name)
    {
        foreach (var item in Items(name))
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                var child = new FeedFields(item, $"{path}{name}[].");
                yield return child;
                Errors.AddRange(child.Errors.Select(e => $"{name}[]: {e}"));
                Warnings.AddRange(child.Warnings.Select(w => $"{name}[]: {w}"));
            }
            else if (item.ValueKind != JsonValueKind.Null)
            {
                WrongType(name + "[]", "an object", item);
            }
        }
    }

    private IEnumerable<JsonElement> Items(string name)
    {
        if (!record.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            var limit = FeedFieldLimits.ItemCount(path + name);
            if (value.GetArrayLength() > limit)
            {
                Errors.Add($"{name} has more than {limit} items");
            }
            return value.EnumerateArray().Take(limit);
        }
        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0)
        {
            return [];
        }
        WrongType(name, "a list", value);
        return [];
    }

    public static List<string> Distinct(IEnumerable<string> items)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var raw in items)
        {
            var item = raw.Trim();
            if (item.Length > 0 && seen.Add(item))
            {
                result.Add(item);
            }
        }
        return result;
    }

    /// <summary>The text, or its first <see cref="FeedFieldLimits.Length"/> characters with an error when longer, so
    /// that nothing after this (messages quoting it, HTML parsing) handles more than the limit.</summary>
    private string Limited(string name, string limitPath, string text)
    {
        var limit = FeedFieldLimits.Length(limitPath);
        if (text.Length <= limit)
        {
            return text;
        }
        Errors.Add(TooLong(name, limit));
        return text[..limit];
    }

    private static string TooLong(string name, int limit) => $"{name} is longer than {limit} characters";

    private void WrongType(string name, string expected, JsonElement value) =>
        Errors.Add($"{name} should be {expected} but is {Describe(value)}");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the text \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the value {value.GetRawText()}",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";
}
