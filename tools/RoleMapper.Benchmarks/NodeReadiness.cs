using System.Diagnostics;
using System.Text.Json;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// When a node (TestSupport's <see cref="WebNode"/>, the one the two-node tests start, or one already running) is ready
/// to be measured: serving, and with standards in its search index.
/// </summary>
internal static class NodeReadiness
{
    /// <summary>
    /// Waits until /healthz answers 200 with a search index holding standards: the first start migrates and imports the
    /// snapshot; a node that started beside it builds its index from the database on its next refresh (within a minute).
    /// </summary>
    /// <param name="node">The node when this program started it, to stop waiting if it died.</param>
    public static async Task WaitUntilServingAsync(Uri address, WebNode? node = null)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        // A cap that only detects a node that never comes up; the wait itself ends as soon as the node serves.
        var cap = Stopwatch.StartNew();
        while (cap.Elapsed < TimeSpan.FromMinutes(5))
        {
            if (node is { HasExited: true })
            {
                throw new InvalidOperationException($"The node at {address} exited before it was ready: {node.Output}");
            }
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.IsSuccessStatusCode && IndexedStandards(await response.Content.ReadAsStringAsync()) > 0)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The node at {address} did not serve within 5 minutes.");
    }

    private static int IndexedStandards(string health)
    {
        using var json = JsonDocument.Parse(health);
        return json.RootElement.GetProperty("checks").GetProperty("index").GetProperty("data") is { ValueKind: JsonValueKind.Object } data
               && data.TryGetProperty("standards", out var standards)
            ? standards.GetInt32()
            : 0;
    }
}
