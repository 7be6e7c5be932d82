using System.IO.Compression;
using System.Net;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// Opens a feed as a stream of JSON bytes. HTTP goes through the resilience pipeline registered in
/// <see cref="CoreServiceCollectionExtensions"/> (timeout, retries with backoff and jitter, circuit breaker); the body
/// is read as it arrives (<see cref="HttpCompletionOption.ResponseHeadersRead"/>), never buffered whole.
/// </summary>
public sealed class FeedClient(IHttpClientFactory httpClients)
{
    /// <summary>The named HttpClient that carries the feed's resilience pipeline.</summary>
    public const string HttpClientName = "standards-feed";

    public async Task<Stream> OpenAsync(FeedSource source, CancellationToken ct)
    {
        if (source.IsHttp)
        {
            var http = httpClients.CreateClient(HttpClientName);
            var response = await http.GetAsync(new Uri(source.Location), HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
                response.Dispose();
                throw new FeedFormatException(response.StatusCode == HttpStatusCode.NotFound
                    ? $"The feed address was not found ({status}). Check Import:FeedUrl."
                    : $"The feed answered {status}.");
            }
            return await UnpackedAsync(new ResponseStream(await response.Content.ReadAsStreamAsync(ct), response), ct);
        }

        if (!File.Exists(source.Location))
        {
            throw new FeedFormatException($"The feed file '{source.Location}' does not exist.");
        }
        return await UnpackedAsync(new FileStream(source.Location, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true), ct);
    }

    /// <summary>
    /// Trusts the bytes, not the name or the headers: gzip starts with 1F 8B, whether it came from a ".json.gz" file or
    /// from a server that sent one without <c>Content-Encoding: gzip</c> (HttpClient has already removed any encoding
    /// the server did declare).
    /// </summary>
    private static async Task<Stream> UnpackedAsync(Stream raw, CancellationToken ct)
    {
        var magic = new byte[2];
        int read;
        try
        {
            read = await raw.ReadAtLeastAsync(magic, magic.Length, throwOnEndOfStream: false, ct);
        }
        catch
        {
            await raw.DisposeAsync();
            throw;
        }
        var whole = new PrefixedStream(magic.AsMemory(0, read), raw);
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(whole, CompressionMode.Decompress) : whole;
    }

    /// <summary>The bytes already read to sniff the body, then the rest of it.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : ReadOnlyStream(rest)
    {
        public override int Read(Span<byte> buffer) => TakePrefix(buffer) is var taken and > 0 ? taken : Inner.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            TakePrefix(buffer.Span) is var taken and > 0 ? new(taken) : Inner.ReadAsync(buffer, cancellationToken);

        private int TakePrefix(Span<byte> buffer)
        {
            var taken = Math.Min(prefix.Length, buffer.Length);
            prefix.Span[..taken].CopyTo(buffer);
            prefix = prefix[taken..];
            return taken;
        }
    }

    /// <summary>Keeps the HTTP response alive while its body is read, and frees the connection after.</summary>
    private sealed class ResponseStream(Stream inner, HttpResponseMessage response) : ReadOnlyStream(inner)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                response.Dispose();
            }
        }
    }
}
