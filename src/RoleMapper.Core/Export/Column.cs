using System.Globalization;
using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>The kinds of column the sheets use. Text always goes through <see cref="SafeText"/>.</summary>
internal static class Column
{
    public static SheetColumn<T> Text<T>(string header, Func<T, string?> value, int maxWidth = 30, bool wrap = false) => new()
    {
        Header = header,
        Write = (cell, row) => SafeText.Write(cell, value(row)),
        Width = row => SafeText.DisplayLength(value(row)),
        MaxWidth = maxWidth,
        Wrap = wrap,
    };

    /// <summary>Names joined with semicolons, e.g. alternative standards: a standard's title may hold a comma.</summary>
    public static SheetColumn<T> List<T>(string header, Func<T, IEnumerable<string>> values, int maxWidth = 30) =>
        Text<T>(header, row => string.Join("; ", values(row)), maxWidth, wrap: true);

    public static SheetColumn<T> YesNo<T>(string header, Func<T, bool> value) =>
        Text<T>(header, row => value(row) ? "Yes" : "No");

    public static SheetColumn<T> Number<T>(string header, Func<T, long?> value, string format = NumberFormats.Whole) => new()
    {
        Header = header,
        Write = (cell, row) =>
        {
            if (value(row) is { } number)
            {
                cell.SetValue(number);
            }
        },
        // "#,##0" shows thousands separators; the pound sign of a money column takes one more.
        Width = row => value(row) is { } number ? number.ToString("N0", CultureInfo.InvariantCulture).Length + 1 : 0,
        MaxWidth = 16,
        NumberFormat = format,
    };

    /// <summary>A number that may be fractional, such as a full-time equivalent; stored as a number Excel can add up.</summary>
    public static SheetColumn<T> Fraction<T>(string header, Func<T, decimal?> value) => new()
    {
        Header = header,
        Write = (cell, row) =>
        {
            if (value(row) is { } number)
            {
                cell.SetValue(number);
            }
        },
        Width = row => value(row) is { } number ? number.ToString(NumberFormats.Fraction, CultureInfo.InvariantCulture).Length + 1 : 0,
        MaxWidth = 16,
        NumberFormat = NumberFormats.Fraction,
    };

    public static SheetColumn<T> Pounds<T>(string header, Func<T, long?> value) => Number(header, value, NumberFormats.Pounds);

    public static SheetColumn<T> Date<T>(string header, Func<T, DateOnly?> value) => new()
    {
        Header = header,
        Write = (cell, row) =>
        {
            if (value(row) is { } date)
            {
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
            }
        },
        Width = _ => NumberFormats.Date.Length,
        NumberFormat = NumberFormats.Date,
    };

    /// <summary>
    /// An address that opens in the browser. Only an absolute http or https address becomes a link; anything else is
    /// shown as plain text, so a feed or user value cannot link to a file or script.
    /// </summary>
    public static SheetColumn<T> Link<T>(string header, Func<T, string?> url, int maxWidth = 40) => new()
    {
        Header = header,
        Write = (cell, row) =>
        {
            var address = url(row);
            SafeText.Write(cell, address);
            if (WebAddress(address) is { } uri)
            {
                CellLinks.Set(cell, uri);
            }
        },
        Width = row => SafeText.DisplayLength(url(row)),
        MaxWidth = maxWidth,
        Links = true,
    };

    private static Uri? WebAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
}
