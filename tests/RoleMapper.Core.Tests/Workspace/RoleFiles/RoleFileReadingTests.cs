using Microsoft.Extensions.Options;

namespace RoleMapper.Core.Tests.Workspace.RoleFiles;

/// <summary>
/// At most two role files are read at once in a process, and one per council; above that the preview says to try again
/// shortly and nothing is read. Reads are held open by a file that is still arriving, so "at once" is certain.
/// </summary>
public sealed class RoleFileReadingTests : IDisposable
{
    private readonly RoleFileReading reading = new(Options.Create(new RoleFileOptions { MaxReadsAtOnce = 2, MaxReadsAtOncePerCouncil = 1 }));
    private readonly List<HeldFile> held = [];

    public void Dispose()
    {
        held.ForEach(h => h.Release());
        reading.Dispose();
    }

    /// <summary>Starts reading a file for <paramref name="council"/> that stays in the middle of arriving until released.</summary>
    private HeldFile StartHeld(int council)
    {
        var file = new HeldFile();
        held.Add(file);
        file.Task = Task.Factory.StartNew(() => reading.Read(council, file, "roles.csv"), TaskCreationOptions.LongRunning);
        Assert.True(file.Started.Wait(TimeSpan.FromMinutes(1)), "the held read did not start");
        return file;
    }

    private RoleFilePreview ReadNow(int council) => reading.Read(council, new MemoryStream("Job title\nCleaner\n"u8.ToArray()), "roles.csv");

    [Fact]
    public async Task ASecondFileOfTheSameCouncil_IsRefusedWhileTheFirstIsRead()
    {
        var first = StartHeld(council: 1);

        var second = ReadNow(council: 1);
        var otherCouncil = ReadNow(council: 2);

        Assert.True(second.TryAgainShortly);
        Assert.Equal(RoleFileMessages.Busy, second.FileError);
        Assert.Empty(second.Rows);
        Assert.Null(otherCouncil.FileError);
        first.Release();
        Assert.Equal("Cleaner", (await first.Task!).Rows.Single().Title);
        Assert.Null(ReadNow(council: 1).FileError);
    }

    [Fact]
    public async Task AThirdFile_IsRefusedWhileTwoCouncilsFilesAreRead()
    {
        var first = StartHeld(council: 1);
        StartHeld(council: 2);

        var third = ReadNow(council: 3);

        Assert.True(third.TryAgainShortly);
        first.Release();
        await first.Task!;
        Assert.False(ReadNow(council: 3).TryAgainShortly);
    }

    /// <summary>A small CSV that, once its reader has the first bytes, sends the rest only when released.</summary>
    private sealed class HeldFile : Stream
    {
        private readonly byte[] content = "Job title\nCleaner\n"u8.ToArray();
        private readonly ManualResetEventSlim released = new();
        private int position;

        public ManualResetEventSlim Started { get; } = new();
        public Task<RoleFilePreview>? Task { get; set; }

        public void Release() => released.Set();

        public override int Read(byte[] buffer, int offset, int count)
        {
            Started.Set();
            released.Wait();
            var n = Math.Min(count, content.Length - position);
            Array.Copy(content, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
