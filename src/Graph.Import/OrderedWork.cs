using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Graph.Import;

/// <summary>
/// Work on a stream of items with several at once, its results handed on in the order the items came, so that what a
/// command prints does not depend on <c>--jobs</c>. At most a few items per job are read ahead.
/// </summary>
public static class OrderedWork
{
    /// <summary>Runs <paramref name="work"/> on each item of <paramref name="source"/>, <paramref name="jobs"/> at a time; yields the results in order.</summary>
    public static async IAsyncEnumerable<TResult> SelectAsync<T, TResult>(IAsyncEnumerable<T> source, Func<T, TResult> work, int jobs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(work);
        jobs = Math.Max(1, jobs);
        // Stopped early (the consumer fails or stops reading), the reader and the workers are stopped too, never left
        // blocked on a full queue with an input file open.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var gate = new SemaphoreSlim(jobs);
        var queue = Channel.CreateBounded<Task<TResult>>(jobs * 4);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(token).ConfigureAwait(false))
                {
                    await gate.WaitAsync(token).ConfigureAwait(false);
                    var task = Task.Run(() =>
                    {
                        try
                        {
                            return work(item);
                        }
                        finally
                        {
                            gate.Release();
                        }
                    }, token);
                    await queue.Writer.WriteAsync(task, token).ConfigureAwait(false);
                }
                queue.Writer.Complete();
            }
            catch (Exception e)
            {
                queue.Writer.Complete(e);
            }
        }, token);
        try
        {
            await foreach (var task in queue.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                yield return await task.ConfigureAwait(false);
            }
            await producer.ConfigureAwait(false);
        }
        finally
        {
            if (!producer.IsCompleted)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                try
                {
                    await producer.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopped on purpose.
                }
            }
        }
    }
}
