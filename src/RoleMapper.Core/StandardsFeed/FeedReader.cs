using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
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
                var what = first switch
                {
                    (byte)'{' => "a JSON object",
                    (byte)'<' => "HTML or XML (perhaps an error page)",
                    _ => $"text starting with '{(char)first}'",
                };
                throw new FeedFormatException($"The feed is not a JSON array: the body is {what}.");
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
