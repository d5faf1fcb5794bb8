using System.Collections.Concurrent;
using System.Text;
using nietras.SeparatedValues;

namespace OtSim.Model.Output;

/// <summary>
/// Writes the rows of one cell to a stream as UTF-8 without a byte order mark, the same bytes as formatting them all
/// into one text and encoding it. A cell of more than one chunk of rows is cut into ordered chunks that are formatted
/// concurrently on the thread pool, each into its own buffer, and written in order; at most a few chunks are held at
/// once, so memory does not grow with the cell. A smaller cell is formatted on the calling thread.
/// </summary>
public static class CsvStream
{
    /// <summary>Rows per chunk: large enough that a chunk's cost dwarfs scheduling it, small enough to hold a few at once.</summary>
    public const int ChunkRows = 16_384;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="items"/> with <paramref name="write"/>, each row ending in a line feed, in item order.</summary>
    public static void WriteRows<T>(Stream target, IReadOnlyList<T> items, Action<SepWriter, T> write, int chunkRows = ChunkRows)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkRows, 1);
        if (items.Count <= chunkRows || Environment.ProcessorCount == 1)
        {
            Format(target, items, 0, items.Count, write);
            return;
        }

        int chunks = (int)(((long)items.Count + chunkRows - 1) / chunkRows);
        int window = Math.Max(2, 2 * Environment.ProcessorCount);
        var formatted = new Queue<Task<ChunkFormatter>>(window);
        var spare = new ConcurrentBag<ChunkFormatter>();
        int started = 0;
        try
        {
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                while (started < chunks && started < chunk + window)
                {
                    int first = started * chunkRows;
                    int count = Math.Min(chunkRows, items.Count - first);
                    formatted.Enqueue(Task.Run(() => (spare.TryTake(out var reused) ? reused : new ChunkFormatter()).Format(items, first, count, write)));
                    started++;
                }
                var formatter = formatted.Dequeue().GetAwaiter().GetResult();
                try
                {
                    formatter.CopyTo(target);
                }
                finally
                {
                    spare.Add(formatter);
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
                    spare.Add(task.GetAwaiter().GetResult());
                }
                catch (Exception)
                {
                    // The write already failed; this chunk is not written.
                }
            }
            foreach (var formatter in spare)
            {
                formatter.Dispose();
            }
        }
    }

    private static void Format<T>(Stream target, IReadOnlyList<T> items, int first, int count, Action<SepWriter, T> write)
    {
        using var text = new StreamWriter(target, Utf8, 4096, leaveOpen: true);
        using (var writer = Csv.RowWriter(text))
        {
            Write(writer, items, first, count, write);
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

    /// <summary>Formats chunks into a buffer it keeps (with its writers) from one chunk to the next, so chunks allocate nothing new.</summary>
    private sealed class ChunkFormatter : IDisposable
    {
        private readonly MemoryStream _bytes = new();
        private readonly StreamWriter _text;
        private readonly SepWriter _rows;

        public ChunkFormatter()
        {
            _text = new StreamWriter(_bytes, Utf8, 16_384, leaveOpen: true);
            _rows = Csv.RowWriter(_text);
        }

        public ChunkFormatter Format<T>(IReadOnlyList<T> items, int first, int count, Action<SepWriter, T> write)
        {
            _bytes.SetLength(0);
            Write(_rows, items, first, count, write);
            _rows.Flush();
            _text.Flush();
            return this;
        }

        public void CopyTo(Stream target) => target.Write(_bytes.GetBuffer(), 0, (int)_bytes.Length);

        public void Dispose()
        {
            _rows.Dispose();
            _text.Dispose();
            _bytes.Dispose();
        }
    }
}
