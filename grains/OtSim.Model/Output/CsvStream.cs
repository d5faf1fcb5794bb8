using System.Collections.Concurrent;
using System.Text;
using nietras.SeparatedValues;

namespace OtSim.Model.Output;

/// <summary>
/// Writes the rows of one cell to a stream as UTF-8 without a byte order mark, the same bytes as formatting them all
/// into one text and encoding it. The first <see cref="SequentialChunks"/> chunks of rows are formatted on the calling
/// thread; the rest of a larger cell is cut into ordered chunks that are formatted concurrently on the thread pool, each
/// into its own buffer, and written in order; at most a few chunks are held at once, so memory does not grow with the
/// cell. A small cell (hundreds of rows) is thus formatted on the calling thread only. The chunk buffers
/// are kept for the next cell, so a run allocates them (a few MB) once, not per cell.
/// </summary>
public static class CsvStream
{
    /// <summary>Rows per chunk: large enough that a chunk's cost dwarfs scheduling it, small enough to hold a few at once.</summary>
    public const int ChunkRows = 16_384;

    /// <summary>Chunks formatted on the calling thread before the rest are formatted concurrently.</summary>
    public const int SequentialChunks = 4;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly int Window = Math.Max(2, 2 * Environment.ProcessorCount);
    private static readonly ConcurrentBag<ChunkBuffer> Spare = [];

    /// <summary>Writes <paramref name="items"/> with <paramref name="write"/>, each row ending in a line feed, in item order.</summary>
    public static void WriteRows<T>(Stream target, IReadOnlyList<T> items, Action<SepWriter, T> write, int chunkRows = ChunkRows)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkRows, 1);
        // The first chunks go on this thread. In a fresh process the formatting code still runs in its unoptimized and
        // then instrumented forms while the JIT compiles the optimized one, and threads running those side by side slow
        // each other (and the JIT) down: a cell of 100,000 rows was written faster on one thread (BENCHMARKS.md).
        int head = Environment.ProcessorCount == 1 ? items.Count : (int)Math.Min(items.Count, (long)SequentialChunks * chunkRows);
        using (var text = new StreamWriter(target, Utf8, 4096, leaveOpen: true))
        using (var rows = Csv.RowWriter(text))
        {
            Write(rows, items, 0, head, write);
        }
        if (head == items.Count)
        {
            return;
        }

        int chunks = (int)(((long)items.Count - head + chunkRows - 1) / chunkRows);
        var formatted = new Queue<Task<ChunkBuffer>>(Window);
        int started = 0;
        try
        {
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                while (started < chunks && started < chunk + Window)
                {
                    int first = head + (started * chunkRows);
                    int count = Math.Min(chunkRows, items.Count - first);
                    formatted.Enqueue(Task.Run(() => Take().Format(items, first, count, write)));
                    started++;
                }
                var buffer = formatted.Dequeue().GetAwaiter().GetResult();
                try
                {
                    buffer.CopyTo(target);
                }
                finally
                {
                    Return(buffer);
                }
            }
        }
        finally
        {
            // Stopped by an error: let the chunks still being formatted end before the items and the stream go away.
            foreach (var task in formatted)
            {
                try
                {
                    Return(task.GetAwaiter().GetResult());
                }
                catch (Exception)
                {
                    // The write already failed; this chunk is not written (and its buffer, possibly half written, not kept).
                }
            }
        }
    }

    private static ChunkBuffer Take() => Spare.TryTake(out var buffer) ? buffer : new ChunkBuffer();

    private static void Return(ChunkBuffer buffer)
    {
        if (Spare.Count < Window + 1)
        {
            Spare.Add(buffer);
        }
        else
        {
            buffer.Dispose();
        }
    }

    private static void Write<T>(SepWriter writer, IReadOnlyList<T> items, int first, int count, Action<SepWriter, T> write)
    {
        int end = first + count;
        for (int i = first; i < end; i++)
        {
            write(writer, items[i]);
        }
    }

    /// <summary>One chunk's bytes, and the text writer that encodes into them, kept from one chunk (and cell) to the next.</summary>
    private sealed class ChunkBuffer : IDisposable
    {
        private readonly MemoryStream _bytes = new();
        private readonly StreamWriter _text;

        public ChunkBuffer() => _text = new StreamWriter(_bytes, Utf8, 16_384, leaveOpen: true);

        public ChunkBuffer Format<T>(IReadOnlyList<T> items, int first, int count, Action<SepWriter, T> write)
        {
            _bytes.SetLength(0);
            using (var rows = Csv.RowWriter(_text))
            {
                Write(rows, items, first, count, write);
            }
            _text.Flush();
            return this;
        }

        public void CopyTo(Stream target) => target.Write(_bytes.GetBuffer(), 0, (int)_bytes.Length);

        public void Dispose()
        {
            _text.Dispose();
            _bytes.Dispose();
        }
    }
}
