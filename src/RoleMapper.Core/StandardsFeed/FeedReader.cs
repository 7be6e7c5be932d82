using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// Reads the feed's JSON array one element at a time from a stream, so the 75 MB body is never held as one string or
/// one document. Anything that is not a well-formed array becomes a <see cref="FeedFormatException"/> with a reason a
/// person can act on.
/// </summary>
public static class FeedReader
{
    public static async IAsyncEnumerable<JsonElement> ReadAsync(Stream utf8Json, [EnumeratorCancellation] CancellationToken ct)
    {
        var pipe = PipeReader.Create(utf8Json, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        await SkipToArrayStartAsync(pipe, ct);
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(pipe, topLevelValues: false, cancellationToken: ct);
        await using var enumerator = elements.GetAsyncEnumerator(ct);
        while (true)
        {
            bool more;
            try
            {
                more = await enumerator.MoveNextAsync();
            }
            catch (JsonException e)
            {
                throw new FeedFormatException(Describe(e), e);
            }
            if (!more)
            {
                break;
            }
            yield return enumerator.Current;
        }
        await pipe.CompleteAsync();
    }

    /// <summary>How much of a body that is not an array is read to describe it.</summary>
    private const int DescribedBytes = 200;

    /// <summary>Looks at the first meaningful byte without consuming it: the body must be an array, not an object or HTML.</summary>
    private static async Task SkipToArrayStartAsync(PipeReader pipe, CancellationToken ct)
    {
        while (true)
        {
            var read = await pipe.ReadAsync(ct);
            var buffer = read.Buffer;
            var (first, position) = FirstSignificantByte(buffer);
            if (first is null)
            {
                if (read.IsCompleted)
                {
                    throw new FeedFormatException("The feed is empty: the body holds no data at all.");
                }
                pipe.AdvanceTo(position, buffer.End);
                continue;
            }
            if (first != (byte)'[')
            {
                if (buffer.Slice(position).Length < DescribedBytes && !read.IsCompleted)
                {
                    // Not an array; read a little more, so the message can quote the start of what it is.
                    pipe.AdvanceTo(position, buffer.End);
                    continue;
                }
                throw new FeedFormatException($"The feed is not a JSON array: {Describe(buffer.Slice(position))}.");
            }
            pipe.AdvanceTo(position, position);
            return;
        }
    }

    private static (byte? First, SequencePosition Position) FirstSignificantByte(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        // A UTF-8 byte order mark is legal before JSON; skip it along with whitespace.
        reader.IsNext([0xEF, 0xBB, 0xBF], advancePast: true);
        while (reader.TryPeek(out var b))
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return (b, reader.Position);
            }
            reader.Advance(1);
        }
        return (null, reader.Position);
    }

    /// <summary>What the body is, in characters a person can read: its first line if it is text, else its first bytes.</summary>
    private static string Describe(ReadOnlySequence<byte> body)
    {
        var head = body.Slice(0, Math.Min(body.Length, DescribedBytes)).ToArray();
        switch (head[0])
        {
            case (byte)'{':
                return "the body is a JSON object";
            case (byte)'<':
                return "the body is HTML or XML (perhaps an error page)";
        }
        var text = Encoding.UTF8.GetString(head);
        var line = text.Split('\r', '\n')[0];
        // A cut in the middle of a character shows as U+FFFD only at the very end of the sample.
        if (line.TrimEnd('\uFFFD').Any(c => char.IsControl(c) && c != '\t' || c == '\uFFFD'))
        {
            var bytes = string.Join(' ', head.Take(6).Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
            return $"the body starts with the bytes {bytes}, not text";
        }
        return $"the body is text starting \"{(line.Length <= 40 ? line : line[..40] + "...")}\"";
    }

    private static string Describe(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" (near line {line + 1})" : "";
        var cut = e.Message.Contains("end of", StringComparison.OrdinalIgnoreCase)
                  || e.Message.Contains("Expected depth to be zero", StringComparison.Ordinal)
                  || e.Message.Contains("incomplete", StringComparison.OrdinalIgnoreCase);
        return cut
            ? $"The feed ended before the JSON array was complete{where}: the download was probably cut off."
            : $"The feed is not valid JSON{where}: {e.Message}";
    }
}
