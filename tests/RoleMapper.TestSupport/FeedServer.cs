using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RoleMapper.TestSupport;

/// <summary>
/// A real HTTP server on loopback that answers the feed URL with a script of responses, one per request, so tests can
/// make the feed fail on purpose: 503 twice then 200, always 500, a cut-off body, an answer held until the test
/// releases it or the client gives up.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    public delegate Task Response(HttpContext context);

    private readonly WebApplication app;
    private readonly ConcurrentQueue<Response> script = new();
    /// <summary>A release that never comes: the request is held until the client gives up.</summary>
    private static readonly Task Never = new TaskCompletionSource().Task;

    private readonly List<(int Count, TaskCompletionSource Done)> waiters = [];
    private Response fallback = Status(500);
    private int requests;

    public int Requests
    {
        get
        {
            lock (waiters)
            {
                return requests;
            }
        }
    }
    public Uri FeedUrl { get; private set; } = null!;

    private FeedServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(async context =>
        {
            lock (waiters)
            {
                requests++;
                foreach (var waiter in waiters.Where(w => w.Count <= requests).ToList())
                {
                    waiters.Remove(waiter);
                    waiter.Done.SetResult();
                }
            }
            var next = script.TryDequeue(out var scripted) ? scripted : fallback;
            await next(context);
        });
    }

    public static async Task<FeedServer> StartAsync()
    {
        var server = new FeedServer();
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.FeedUrl = new Uri(address + "/api/apprenticeshipstandards");
        return server;
    }

    /// <summary>Queues responses for the next requests, in order; after them every request gets <paramref name="then"/>.</summary>
    public FeedServer Answer(Response then, params Response[] first)
    {
        foreach (var response in first)
        {
            script.Enqueue(response);
        }
        fallback = then;
        return this;
    }

    public static Response Status(int code, string? retryAfter = null) => context =>
    {
        context.Response.StatusCode = code;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }
        return Task.CompletedTask;
    };

    public static Response Json(byte[] body) => async context =>
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    };

    /// <summary>Promises the whole body in Content-Length, sends part of it, then drops the connection.</summary>
    public static Response CutOff(byte[] body, int sendBytes) => async context =>
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, sendBytes));
        await context.Response.Body.FlushAsync();
        context.Abort();
    };

    /// <summary>
    /// Holds the request until <paramref name="release"/> completes, then answers with <paramref name="then"/>; a request
    /// the client gives up on first (its timeout) gets nothing. Without a release it is held until the client gives up.
    /// </summary>
    public static Response Held(Response then, Task? release = null) => async context =>
    {
        try
        {
            await (release ?? Never).WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await then(context);
    };

    /// <summary>Completes once the server has received <paramref name="count"/> requests in all.</summary>
    public Task ReceivedAsync(int count)
    {
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waiters)
        {
            if (requests >= count)
            {
                return Task.CompletedTask;
            }
            waiters.Add((count, waiting));
        }
        return waiting.Task;
    }

    /// <summary>
    /// Promises the whole body, sends part of it, then sends nothing more until the client goes away or the server
    /// stops: a feed that stalled part-way. <paramref name="stalled"/> is completed when the sending stops.
    /// </summary>
    public static Response Stall(byte[] body, int sendBytes, TaskCompletionSource? stalled = null) => async context =>
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, sendBytes));
        await context.Response.Body.FlushAsync();
        stalled?.TrySetResult();
        var stopping = context.RequestServices.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
