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
        var gate = new SemaphoreSlim(jobs);
        var queue = Channel.CreateBounded<Task<TResult>>(jobs * 4);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
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
                    }, cancellationToken);
                    await queue.Writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
                }
                queue.Writer.Complete();
            }
            catch (Exception e)
            {
                queue.Writer.Complete(e);
            }
        }, cancellationToken);
        await foreach (var task in queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return await task.ConfigureAwait(false);
        }
        await producer.ConfigureAwait(false);
    }
}
