using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace System.Threading.Tasks
{
    /// <summary>
    /// The single-threaded scheduler: a FIFO of work items and a list of timers on the real
    /// (monotonic) clock. Blocking waits (Wait, Result, GetResult on an unfinished task) pump it
    /// until the task is done; when nothing is runnable and a timer is pending, the thread sleeps
    /// (natively, without spinning) until the earliest timer is due.
    /// </summary>
    internal static class Scheduler
    {
        private static readonly Queue<Action> s_work = new Queue<Action>();
        private static readonly List<Timer> s_timers = new List<Timer>();
        private static long s_seq;
        internal sealed class Timer { internal long Due; internal long Seq; internal Action Callback; internal bool Canceled; }
        /// <summary>Monotonic time in 100 ns ticks (the Stopwatch clock).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern long NowTicks();
        /// <summary>Blocks the thread for about this many milliseconds.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SleepMs(int milliseconds);
        internal static long Now => NowTicks() / TimeSpan.TicksPerMillisecond;
        internal static void Queue(Action a) => s_work.Enqueue(a);
        internal static Timer AddTimer(long delayMs, Action callback)
        {
            var t = new Timer { Due = NowTicks() + (delayMs < 0 ? 0 : delayMs) * TimeSpan.TicksPerMillisecond, Seq = s_seq++, Callback = callback };
            int i = s_timers.Count;
            while (i > 0 && (s_timers[i - 1].Due > t.Due)) i--;
            s_timers.Insert(i, t);
            return t;
        }
        /// <summary>Blocks until the clock reaches `due` (ticks).</summary>
        private static void SleepUntil(long due)
        {
            long now;
            while ((now = NowTicks()) < due)
            {
                long ms = (due - now + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond;
                SleepMs(ms > int.MaxValue ? int.MaxValue : (int)ms);
            }
        }
        private static Timer FirstLiveTimer()
        {
            while (s_timers.Count > 0 && s_timers[0].Canceled) s_timers.RemoveAt(0);
            return s_timers.Count > 0 ? s_timers[0] : null;
        }
        /// <summary>Runs one work item, or the earliest timer (sleeping until it is due, unless
        /// that is after `deadline`). False when there was nothing to do before the deadline.</summary>
        internal static bool RunOne(long deadline = long.MaxValue)
        {
            if (s_work.Count > 0) { s_work.Dequeue()(); return true; }
            Timer t = FirstLiveTimer();
            if (t == null) return false;
            if (t.Due > deadline) return false;
            SleepUntil(t.Due);
            s_timers.RemoveAt(0);
            t.Callback();
            return true;
        }
        /// <summary>Thread.Sleep: the time passes while queued work and due timers run, as they
        /// would on other threads in .NET.</summary>
        internal static void Sleep(int milliseconds)
        {
            if (milliseconds <= 0) return;
            long deadline = NowTicks() + milliseconds * TimeSpan.TicksPerMillisecond;
            while (RunOne(deadline)) { }
            SleepUntil(deadline);
        }
        internal static void RunUntilComplete(Task task)
        {
            while (!task.IsCompleted)
            {
                if (!RunOne()) throw new InvalidOperationException("dotnode: the task can never complete (no pending work or timers): deadlock.");
            }
        }
    }

    public enum TaskStatus { Created, WaitingForActivation, WaitingToRun, Running, WaitingForChildrenToComplete, RanToCompletion, Canceled, Faulted }
    [Flags] public enum TaskCreationOptions { None = 0, PreferFairness = 1, LongRunning = 2, AttachedToParent = 4, DenyChildAttach = 8, HideScheduler = 16, RunContinuationsAsynchronously = 64 }
    [Flags] public enum TaskContinuationOptions { None = 0, ExecuteSynchronously = 0x80000, OnlyOnRanToCompletion = 0x60000, OnlyOnFaulted = 0x50000, OnlyOnCanceled = 0x30000, NotOnRanToCompletion = 0x10000, NotOnFaulted = 0x20000, NotOnCanceled = 0x40000 }

    public class Task : IAsyncResult, IDisposable
    {
        private static int s_nextId;
        internal TaskStatus _status = TaskStatus.WaitingForActivation;
        internal List<Exception> _exceptions;
        internal CancellationToken _cancellationToken;
        internal Exception _cancellationException; // the OperationCanceledException that canceled an async method's task
        private List<Action> _continuations;
        private int _id;
        internal object _state;

        internal Task() { }
        internal Task(TaskStatus status) { _status = status; }
        public Task(Action action) { _action = action; _status = TaskStatus.Created; }
        public Task(Action action, CancellationToken cancellationToken) : this(action) { }
        internal Action _action;

        public int Id => _id != 0 ? _id : (_id = ++s_nextId);
        public static int? CurrentId => null;
        public object AsyncState => _state;
        public TaskStatus Status => _status;
        public bool IsCompleted => _status >= TaskStatus.RanToCompletion;
        public bool IsCompletedSuccessfully => _status == TaskStatus.RanToCompletion;
        public bool IsFaulted => _status == TaskStatus.Faulted;
        public bool IsCanceled => _status == TaskStatus.Canceled;
        public AggregateException Exception => _status == TaskStatus.Faulted ? new AggregateException(_exceptions) : null;
        public TaskCreationOptions CreationOptions => TaskCreationOptions.None;
        bool IAsyncResult.CompletedSynchronously => false;
        WaitHandle IAsyncResult.AsyncWaitHandle => null;

        public static Task CompletedTask { get; } = new Task(TaskStatus.RanToCompletion);
        public static TaskFactory Factory { get; } = new TaskFactory();

        public void Start()
        {
            if (_status != TaskStatus.Created) throw new InvalidOperationException("Start may not be called on a task that was already started.");
            _status = TaskStatus.WaitingToRun;
            Scheduler.Queue(() => { Action a = _action; _status = TaskStatus.Running; try { a(); TrySetResultCore(); } catch (Exception e) { TrySetException(e); } });
        }
        public void RunSynchronously() { Start(); Wait(); }

        internal bool TrySetResultCore()
        {
            if (IsCompleted) return false;
            _status = TaskStatus.RanToCompletion;
            RunContinuations();
            return true;
        }
        internal bool TrySetException(Exception e)
        {
            if (IsCompleted) return false;
            if (e is OperationCanceledException oce && !(this is IPromise))
            {
                _cancellationToken = oce.CancellationToken;
            }
            _exceptions ??= new List<Exception>();
            if (e is AggregateException ae && this is WhenAllPromise) _exceptions.AddRange(ae.InnerExceptions);
            else _exceptions.Add(e);
            _status = TaskStatus.Faulted;
            RunContinuations();
            return true;
        }
        internal bool TrySetExceptions(List<Exception> list)
        {
            if (IsCompleted) return false;
            _exceptions ??= new List<Exception>();
            _exceptions.AddRange(list);
            _status = TaskStatus.Faulted;
            RunContinuations();
            return true;
        }
        internal bool TrySetCanceled(CancellationToken token)
        {
            if (IsCompleted) return false;
            _cancellationToken = token;
            _status = TaskStatus.Canceled;
            RunContinuations();
            return true;
        }
        private void RunContinuations()
        {
            List<Action> c = _continuations;
            _continuations = null;
            if (c != null) foreach (Action a in c) a();
        }
        internal void AddContinuation(Action a)
        {
            if (IsCompleted) { a(); return; }
            (_continuations ??= new List<Action>()).Add(a);
        }
        internal Exception FirstException() => _exceptions != null && _exceptions.Count > 0 ? _exceptions[0] : null;
        internal void ThrowIfFailed(bool forAwait)
        {
            if (_status == TaskStatus.Faulted)
            {
                if (forAwait) throw FirstException();
                throw new AggregateException(_exceptions);
            }
            if (_status == TaskStatus.Canceled)
            {
                if (forAwait) throw _cancellationException ?? new TaskCanceledException(this);
                throw new AggregateException(new TaskCanceledException(this));
            }
        }

        public void Wait()
        {
            Scheduler.RunUntilComplete(this);
            ThrowIfFailed(false);
        }
        public bool Wait(int millisecondsTimeout) { Wait(); return true; }
        public bool Wait(TimeSpan timeout) { Wait(); return true; }
        public void Wait(CancellationToken cancellationToken) => Wait();
        public static void WaitAll(params Task[] tasks) { foreach (Task t in tasks) Scheduler.RunUntilComplete(t); WhenAll(tasks).Wait(); }
        public static int WaitAny(params Task[] tasks)
        {
            Task<Task> any = WhenAny(tasks);
            Scheduler.RunUntilComplete(any);
            return Array.IndexOf(tasks, any.Result);
        }
        public TaskAwaiter GetAwaiter() => new TaskAwaiter(this);
        public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredTaskAwaitable(this);
        public void Dispose() { }

        public static Task Run(Action action)
        {
            if (action == null) throw new ArgumentNullException(nameof(action));
            var t = new Task();
            t._status = TaskStatus.WaitingToRun;
            Scheduler.Queue(() => { t._status = TaskStatus.Running; try { action(); t.TrySetResultCore(); } catch (Exception e) { t.TrySetException(e); } });
            return t;
        }
        public static Task Run(Action action, CancellationToken cancellationToken) => Run(action);
        public static Task<TResult> Run<TResult>(Func<TResult> function)
        {
            if (function == null) throw new ArgumentNullException(nameof(function));
            var t = new Task<TResult>();
            t._status = TaskStatus.WaitingToRun;
            Scheduler.Queue(() => { t._status = TaskStatus.Running; try { t.TrySetResult(function()); } catch (Exception e) { t.TrySetException(e); } });
            return t;
        }
        public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken) => Run(function);
        public static Task Run(Func<Task> function)
        {
            if (function == null) throw new ArgumentNullException(nameof(function));
            var t = new Task();
            Scheduler.Queue(() =>
            {
                Task inner;
                try { inner = function(); } catch (Exception e) { t.TrySetException(e); return; }
                if (inner == null) { t.TrySetCanceled(default); return; }
                inner.AddContinuation(() => t.CompleteFrom(inner));
            });
            return t;
        }
        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function)
        {
            if (function == null) throw new ArgumentNullException(nameof(function));
            var t = new Task<TResult>();
            Scheduler.Queue(() =>
            {
                Task<TResult> inner;
                try { inner = function(); } catch (Exception e) { t.TrySetException(e); return; }
                if (inner == null) { t.TrySetCanceled(default); return; }
                inner.AddContinuation(() => { if (inner.IsCompletedSuccessfully) t.TrySetResult(inner._result); else t.CompleteFrom(inner); });
            });
            return t;
        }
        internal void CompleteFrom(Task other)
        {
            if (other._status == TaskStatus.RanToCompletion) TrySetResultCore();
            else if (other._status == TaskStatus.Faulted) TrySetExceptions(other._exceptions);
            else TrySetCanceled(other._cancellationToken);
        }

        public static Task Delay(int millisecondsDelay) => Delay(millisecondsDelay, default);
        public static Task Delay(TimeSpan delay) => Delay((int)delay.TotalMilliseconds, default);
        public static Task Delay(TimeSpan delay, CancellationToken cancellationToken) => Delay((int)delay.TotalMilliseconds, cancellationToken);
        public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsDelay), "The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer.");
            if (cancellationToken.IsCancellationRequested) { var c = new Task(); c.TrySetCanceled(cancellationToken); return c; }
            var t = new Task();
            if (millisecondsDelay == -1)
            {
                cancellationToken.Register(() => t.TrySetCanceled(cancellationToken));
                return t;
            }
            var timer = Scheduler.AddTimer(millisecondsDelay, () => t.TrySetResultCore());
            if (cancellationToken.CanBeCanceled) cancellationToken.Register(() => { timer.Canceled = true; t.TrySetCanceled(cancellationToken); });
            return t;
        }
        public static YieldAwaitable Yield() => default;
        public static Task<TResult> FromResult<TResult>(TResult result) { var t = new Task<TResult>(); t.TrySetResult(result); return t; }
        public static Task FromException(Exception exception) { var t = new Task(); t.TrySetException(exception); return t; }
        public static Task<TResult> FromException<TResult>(Exception exception) { var t = new Task<TResult>(); t.TrySetException(exception); return t; }
        public static Task FromCanceled(CancellationToken cancellationToken) { var t = new Task(); t.TrySetCanceled(cancellationToken); return t; }
        public static Task<TResult> FromCanceled<TResult>(CancellationToken cancellationToken) { var t = new Task<TResult>(); t.TrySetCanceled(cancellationToken); return t; }

        public static Task WhenAll(params Task[] tasks) => WhenAllCore(tasks);
        public static Task WhenAll(IEnumerable<Task> tasks) => WhenAllCore(new List<Task>(tasks).ToArray());
        public static Task WhenAll(params ReadOnlySpan<Task> tasks) => WhenAllCore(tasks.ToArray());
        private static Task WhenAllCore(Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            var result = new WhenAllPromise();
            int remaining = tasks.Length;
            if (remaining == 0) { result.TrySetResultCore(); return result; }
            foreach (Task t in tasks)
            {
                if (t == null) throw new ArgumentException("The tasks argument included a null value.", nameof(tasks));
                t.AddContinuation(() =>
                {
                    if (--remaining == 0) FinishWhenAll(result, tasks);
                });
            }
            return result;
        }
        private static void FinishWhenAll(Task result, Task[] tasks)
        {
            List<Exception> errors = null;
            Task canceled = null;
            foreach (Task t in tasks)
            {
                if (t.IsFaulted) (errors ??= new List<Exception>()).AddRange(t._exceptions);
                else if (t.IsCanceled && canceled == null) canceled = t;
            }
            if (errors != null) result.TrySetExceptions(errors);
            else if (canceled != null) result.TrySetCanceled(canceled._cancellationToken);
            else result.TrySetResultCore();
        }
        public static Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            var result = new Task<TResult[]>();
            int remaining = tasks.Length;
            if (remaining == 0) { result.TrySetResult(new TResult[0]); return result; }
            foreach (Task<TResult> t in tasks)
            {
                t.AddContinuation(() =>
                {
                    if (--remaining != 0) return;
                    List<Exception> errors = null;
                    Task canceled = null;
                    foreach (Task x in tasks)
                    {
                        if (x.IsFaulted) (errors ??= new List<Exception>()).AddRange(x._exceptions);
                        else if (x.IsCanceled && canceled == null) canceled = x;
                    }
                    if (errors != null) result.TrySetExceptions(errors);
                    else if (canceled != null) result.TrySetCanceled(canceled._cancellationToken);
                    else
                    {
                        var r = new TResult[tasks.Length];
                        for (int i = 0; i < r.Length; i++) r[i] = tasks[i]._result;
                        result.TrySetResult(r);
                    }
                });
            }
            return result;
        }
        public static Task<TResult[]> WhenAll<TResult>(IEnumerable<Task<TResult>> tasks) => WhenAll(new List<Task<TResult>>(tasks).ToArray());
        public static Task<TResult[]> WhenAll<TResult>(params ReadOnlySpan<Task<TResult>> tasks) => WhenAll(tasks.ToArray());
        public static Task<Task> WhenAny(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            if (tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.", nameof(tasks));
            var result = new Task<Task>();
            foreach (Task t in tasks) t.AddContinuation(() => result.TrySetResult(t));
            return result;
        }
        public static Task<Task> WhenAny(IEnumerable<Task> tasks) => WhenAny(new List<Task>(tasks).ToArray());
        public static Task<Task> WhenAny(Task task1, Task task2) => WhenAny(new Task[] { task1, task2 });
        public static Task<Task<TResult>> WhenAny<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException(nameof(tasks));
            if (tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.", nameof(tasks));
            var result = new Task<Task<TResult>>();
            foreach (Task<TResult> t in tasks) t.AddContinuation(() => result.TrySetResult(t));
            return result;
        }
        public static Task<Task<TResult>> WhenAny<TResult>(IEnumerable<Task<TResult>> tasks) => WhenAny(new List<Task<TResult>>(tasks).ToArray());
        public static Task<Task<TResult>> WhenAny<TResult>(Task<TResult> task1, Task<TResult> task2) => WhenAny(new Task<TResult>[] { task1, task2 });

        public Task ContinueWith(Action<Task> continuationAction)
        {
            var t = new Task();
            AddContinuation(() => Scheduler.Queue(() => { try { continuationAction(this); t.TrySetResultCore(); } catch (Exception e) { t.TrySetException(e); } }));
            return t;
        }
        public Task ContinueWith(Action<Task> continuationAction, TaskContinuationOptions options) => ContinueWith(continuationAction);
        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken) => ContinueWith(continuationAction);
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction)
        {
            var t = new Task<TResult>();
            AddContinuation(() => Scheduler.Queue(() => { try { t.TrySetResult(continuationFunction(this)); } catch (Exception e) { t.TrySetException(e); } }));
            return t;
        }
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskContinuationOptions options) => ContinueWith(continuationFunction);
    }

    internal interface IPromise { }
    internal sealed class WhenAllPromise : Task, IPromise { }

    public class Task<TResult> : Task
    {
        internal TResult _result;
        internal Task() { }
        public Task(Func<TResult> function) { _action = () => _result = function(); _status = TaskStatus.Created; }
        internal bool TrySetResult(TResult result)
        {
            if (IsCompleted) return false;
            _result = result;
            return TrySetResultCore();
        }
        public TResult Result
        {
            get
            {
                Scheduler.RunUntilComplete(this);
                ThrowIfFailed(false);
                return _result;
            }
        }
        public new TaskAwaiter<TResult> GetAwaiter() => new TaskAwaiter<TResult>(this);
        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredTaskAwaitable<TResult>(this);
        public new static TaskFactory<TResult> Factory { get; } = new TaskFactory<TResult>();
        public Task ContinueWith(Action<Task<TResult>> continuationAction)
        {
            var t = new Task();
            AddContinuation(() => Scheduler.Queue(() => { try { continuationAction(this); t.TrySetResultCore(); } catch (Exception e) { t.TrySetException(e); } }));
            return t;
        }
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction)
        {
            var t = new Task<TNewResult>();
            AddContinuation(() => Scheduler.Queue(() => { try { t.TrySetResult(continuationFunction(this)); } catch (Exception e) { t.TrySetException(e); } }));
            return t;
        }
    }

    public class TaskFactory
    {
        public Task StartNew(Action action) => Task.Run(action);
        public Task<TResult> StartNew<TResult>(Func<TResult> function) => Task.Run(function);
    }
    public class TaskFactory<TResult>
    {
        public Task<TResult> StartNew(Func<TResult> function) => Task.Run(function);
    }

    public class TaskCompletionSource
    {
        private readonly Task _task = new Task();
        public TaskCompletionSource() { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) { }
        public TaskCompletionSource(object state) { _task._state = state; }
        public Task Task => _task;
        public void SetResult() { if (!TrySetResult()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetResult() => _task.TrySetResultCore();
        public void SetException(Exception exception) { if (!TrySetException(exception)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetException(Exception exception) => _task.TrySetException(exception);
        public void SetCanceled() => SetCanceled(default);
        public void SetCanceled(CancellationToken cancellationToken) { if (!TrySetCanceled(cancellationToken)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetCanceled() => TrySetCanceled(default);
        public bool TrySetCanceled(CancellationToken cancellationToken) => _task.TrySetCanceled(cancellationToken);
    }
    public class TaskCompletionSource<TResult>
    {
        private readonly Task<TResult> _task = new Task<TResult>();
        public TaskCompletionSource() { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) { }
        public TaskCompletionSource(object state) { _task._state = state; }
        public Task<TResult> Task => _task;
        public void SetResult(TResult result) { if (!TrySetResult(result)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetResult(TResult result) => _task.TrySetResult(result);
        public void SetException(Exception exception) { if (!TrySetException(exception)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetException(Exception exception) => _task.TrySetException(exception);
        public void SetCanceled() => SetCanceled(default);
        public void SetCanceled(CancellationToken cancellationToken) { if (!TrySetCanceled(cancellationToken)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed."); }
        public bool TrySetCanceled() => TrySetCanceled(default);
        public bool TrySetCanceled(CancellationToken cancellationToken) => _task.TrySetCanceled(cancellationToken);
    }

    public class TaskCanceledException : OperationCanceledException
    {
        private readonly Task _task;
        public TaskCanceledException() : base("A task was canceled.") { }
        public TaskCanceledException(string message) : base(message) { }
        public TaskCanceledException(string message, Exception innerException) : base(message, innerException) { }
        public TaskCanceledException(Task task) : base("A task was canceled.", task != null ? task._cancellationToken : default) { _task = task; }
        public Task Task => _task;
    }

    public readonly struct ValueTask : IEquatable<ValueTask>
    {
        internal readonly object _obj;
        internal readonly short _token;
        public ValueTask(Task task) { _obj = task ?? throw new ArgumentNullException(nameof(task)); _token = 0; }
        public ValueTask(System.Threading.Tasks.Sources.IValueTaskSource source, short token) { _obj = source; _token = token; }
        public static ValueTask CompletedTask => default;
        public static ValueTask FromResult(int ignored) => default;
        public static ValueTask<TResult> FromResult<TResult>(TResult result) => new ValueTask<TResult>(result);
        public static ValueTask FromException(Exception exception) => new ValueTask(Task.FromException(exception));
        public bool IsCompleted => _obj == null || (_obj is Task t ? t.IsCompleted : ((System.Threading.Tasks.Sources.IValueTaskSource)_obj).GetStatus(_token) != System.Threading.Tasks.Sources.ValueTaskSourceStatus.Pending);
        public bool IsCompletedSuccessfully => _obj == null || (_obj is Task t ? t.IsCompletedSuccessfully : ((System.Threading.Tasks.Sources.IValueTaskSource)_obj).GetStatus(_token) == System.Threading.Tasks.Sources.ValueTaskSourceStatus.Succeeded);
        public bool IsFaulted => _obj is Task t && t.IsFaulted;
        public Task AsTask()
        {
            if (_obj == null) return Task.CompletedTask;
            if (_obj is Task t) return t;
            var src = (System.Threading.Tasks.Sources.IValueTaskSource)_obj;
            var r = new Task();
            short token = _token;
            Action done = () => { try { src.GetResult(token); r.TrySetResultCore(); } catch (Exception e) { r.TrySetException(e); } };
            if (src.GetStatus(token) != System.Threading.Tasks.Sources.ValueTaskSourceStatus.Pending) done();
            else src.OnCompleted(_ => done(), null, token, System.Threading.Tasks.Sources.ValueTaskSourceOnCompletedFlags.None);
            return r;
        }
        public ValueTaskAwaiter GetAwaiter() => new ValueTaskAwaiter(this);
        public ConfiguredValueTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredValueTaskAwaitable(this);
        public override bool Equals(object obj) => obj is ValueTask v && Equals(v);
        public bool Equals(ValueTask other) => _obj == other._obj && _token == other._token;
        public override int GetHashCode() => _obj?.GetHashCode() ?? 0;
        public static bool operator ==(ValueTask left, ValueTask right) => left.Equals(right);
        public static bool operator !=(ValueTask left, ValueTask right) => !left.Equals(right);
    }

    public readonly struct ValueTask<TResult> : IEquatable<ValueTask<TResult>>
    {
        internal readonly object _obj;
        internal readonly TResult _result;
        internal readonly short _token;
        public ValueTask(TResult result) { _result = result; _obj = null; _token = 0; }
        public ValueTask(Task<TResult> task) { _obj = task ?? throw new ArgumentNullException(nameof(task)); _result = default; _token = 0; }
        public ValueTask(System.Threading.Tasks.Sources.IValueTaskSource<TResult> source, short token) { _obj = source; _token = token; _result = default; }
        public bool IsCompleted => _obj == null || (_obj is Task<TResult> t ? t.IsCompleted : ((System.Threading.Tasks.Sources.IValueTaskSource<TResult>)_obj).GetStatus(_token) != System.Threading.Tasks.Sources.ValueTaskSourceStatus.Pending);
        public bool IsCompletedSuccessfully => _obj == null || (_obj is Task<TResult> t ? t.IsCompletedSuccessfully : ((System.Threading.Tasks.Sources.IValueTaskSource<TResult>)_obj).GetStatus(_token) == System.Threading.Tasks.Sources.ValueTaskSourceStatus.Succeeded);
        public bool IsFaulted => _obj is Task<TResult> t && t.IsFaulted;
        public TResult Result
        {
            get
            {
                if (_obj == null) return _result;
                if (_obj is Task<TResult> t) return t.Result;
                return ((System.Threading.Tasks.Sources.IValueTaskSource<TResult>)_obj).GetResult(_token);
            }
        }
        public Task<TResult> AsTask()
        {
            if (_obj == null) return Task.FromResult(_result);
            if (_obj is Task<TResult> t) return t;
            var src = (System.Threading.Tasks.Sources.IValueTaskSource<TResult>)_obj;
            var r = new Task<TResult>();
            short token = _token;
            Action done = () => { try { r.TrySetResult(src.GetResult(token)); } catch (Exception e) { r.TrySetException(e); } };
            if (src.GetStatus(token) != System.Threading.Tasks.Sources.ValueTaskSourceStatus.Pending) done();
            else src.OnCompleted(_ => done(), null, token, System.Threading.Tasks.Sources.ValueTaskSourceOnCompletedFlags.None);
            return r;
        }
        public ValueTaskAwaiter<TResult> GetAwaiter() => new ValueTaskAwaiter<TResult>(this);
        public ConfiguredValueTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredValueTaskAwaitable<TResult>(this);
        public override bool Equals(object obj) => obj is ValueTask<TResult> v && Equals(v);
        public bool Equals(ValueTask<TResult> other) => _obj == other._obj && _token == other._token && EqualityComparer<TResult>.Default.Equals(_result, other._result);
        public override int GetHashCode() => _obj?.GetHashCode() ?? (_result?.GetHashCode() ?? 0);
        public override string ToString() => IsCompletedSuccessfully ? (Result?.ToString() ?? "") : "";
        public static implicit operator ValueTask<TResult>(TResult result) => new ValueTask<TResult>(result);
    }
}

namespace System.Threading.Tasks.Sources
{
    public enum ValueTaskSourceStatus { Pending = 0, Succeeded = 1, Faulted = 2, Canceled = 3 }
    [Flags] public enum ValueTaskSourceOnCompletedFlags { None = 0, UseSchedulingContext = 1, FlowExecutionContext = 2 }
    public interface IValueTaskSource
    {
        ValueTaskSourceStatus GetStatus(short token);
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
        void GetResult(short token);
    }
    public interface IValueTaskSource<out TResult>
    {
        ValueTaskSourceStatus GetStatus(short token);
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
        TResult GetResult(short token);
    }
    public struct ManualResetValueTaskSourceCore<TResult>
    {
        private Action<object> _continuation;
        private object _continuationState;
        private bool _completed;
        private TResult _result;
        private Exception _error;
        private short _version;
        public bool RunContinuationsAsynchronously { get; set; }
        public void Reset()
        {
            _version++;
            _completed = false;
            _result = default;
            _error = null;
            _continuation = null;
            _continuationState = null;
        }
        public void SetResult(TResult result) { _result = result; SignalCompletion(); }
        public void SetException(Exception error) { _error = error; SignalCompletion(); }
        public short Version => _version;
        public ValueTaskSourceStatus GetStatus(short token)
        {
            ValidateToken(token);
            return !_completed ? ValueTaskSourceStatus.Pending : _error == null ? ValueTaskSourceStatus.Succeeded : _error is OperationCanceledException ? ValueTaskSourceStatus.Canceled : ValueTaskSourceStatus.Faulted;
        }
        public TResult GetResult(short token)
        {
            ValidateToken(token);
            if (!_completed) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            if (_error != null) throw _error;
            return _result;
        }
        public void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags)
        {
            if (continuation == null) throw new ArgumentNullException(nameof(continuation));
            ValidateToken(token);
            if (_completed) { continuation(state); return; }
            _continuation = continuation;
            _continuationState = state;
        }
        private void ValidateToken(short token) { if (token != _version) throw new InvalidOperationException("Operation is not valid due to the current state of the object."); }
        private void SignalCompletion()
        {
            if (_completed) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            _completed = true;
            Action<object> c = _continuation;
            if (c != null)
            {
                object s = _continuationState;
                _continuation = null;
                if (RunContinuationsAsynchronously) Scheduler.Queue(() => c(s));
                else c(s);
            }
        }
    }
}

namespace System.Runtime.CompilerServices
{
    public interface IAsyncStateMachine { void MoveNext(); void SetStateMachine(IAsyncStateMachine stateMachine); }
    public interface INotifyCompletion { void OnCompleted(Action continuation); }
    public interface ICriticalNotifyCompletion : INotifyCompletion { void UnsafeOnCompleted(Action continuation); }

    public readonly struct TaskAwaiter : ICriticalNotifyCompletion
    {
        private readonly Task _task;
        internal TaskAwaiter(Task task) { _task = task; }
        public bool IsCompleted => _task.IsCompleted;
        public void OnCompleted(Action continuation) => _task.AddContinuation(continuation);
        public void UnsafeOnCompleted(Action continuation) => _task.AddContinuation(continuation);
        public void GetResult()
        {
            if (!_task.IsCompleted) Scheduler.RunUntilComplete(_task);
            _task.ThrowIfFailed(true);
        }
    }
    public readonly struct TaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly Task<TResult> _task;
        internal TaskAwaiter(Task<TResult> task) { _task = task; }
        public bool IsCompleted => _task.IsCompleted;
        public void OnCompleted(Action continuation) => _task.AddContinuation(continuation);
        public void UnsafeOnCompleted(Action continuation) => _task.AddContinuation(continuation);
        public TResult GetResult()
        {
            if (!_task.IsCompleted) Scheduler.RunUntilComplete(_task);
            _task.ThrowIfFailed(true);
            return _task._result;
        }
    }
    public readonly struct ConfiguredTaskAwaitable
    {
        private readonly ConfiguredTaskAwaiter _awaiter;
        internal ConfiguredTaskAwaitable(Task task) { _awaiter = new ConfiguredTaskAwaiter(task); }
        public ConfiguredTaskAwaiter GetAwaiter() => _awaiter;
        public readonly struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task _task;
            internal ConfiguredTaskAwaiter(Task task) { _task = task; }
            public bool IsCompleted => _task.IsCompleted;
            public void OnCompleted(Action continuation) => _task.AddContinuation(continuation);
            public void UnsafeOnCompleted(Action continuation) => _task.AddContinuation(continuation);
            public void GetResult() { if (!_task.IsCompleted) Scheduler.RunUntilComplete(_task); _task.ThrowIfFailed(true); }
        }
    }
    public readonly struct ConfiguredTaskAwaitable<TResult>
    {
        private readonly ConfiguredTaskAwaiter _awaiter;
        internal ConfiguredTaskAwaitable(Task<TResult> task) { _awaiter = new ConfiguredTaskAwaiter(task); }
        public ConfiguredTaskAwaiter GetAwaiter() => _awaiter;
        public readonly struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task<TResult> _task;
            internal ConfiguredTaskAwaiter(Task<TResult> task) { _task = task; }
            public bool IsCompleted => _task.IsCompleted;
            public void OnCompleted(Action continuation) => _task.AddContinuation(continuation);
            public void UnsafeOnCompleted(Action continuation) => _task.AddContinuation(continuation);
            public TResult GetResult() { if (!_task.IsCompleted) Scheduler.RunUntilComplete(_task); _task.ThrowIfFailed(true); return _task._result; }
        }
    }
    public readonly struct YieldAwaitable
    {
        public YieldAwaiter GetAwaiter() => default;
        public readonly struct YieldAwaiter : ICriticalNotifyCompletion
        {
            public bool IsCompleted => false;
            public void OnCompleted(Action continuation) => Scheduler.Queue(continuation);
            public void UnsafeOnCompleted(Action continuation) => Scheduler.Queue(continuation);
            public void GetResult() { }
        }
    }
    public readonly struct ValueTaskAwaiter : ICriticalNotifyCompletion
    {
        private readonly ValueTask _value;
        internal ValueTaskAwaiter(ValueTask value) { _value = value; }
        public bool IsCompleted => _value.IsCompleted;
        public void GetResult()
        {
            object o = _value._obj;
            if (o == null) return;
            if (o is Task t) { new TaskAwaiter(t).GetResult(); return; }
            var src = (System.Threading.Tasks.Sources.IValueTaskSource)o;
            if (src.GetStatus(_value._token) == System.Threading.Tasks.Sources.ValueTaskSourceStatus.Pending) { new TaskAwaiter(_value.AsTask()).GetResult(); return; }
            src.GetResult(_value._token);
        }
        public void OnCompleted(Action continuation) => UnsafeOnCompleted(continuation);
        public void UnsafeOnCompleted(Action continuation)
        {
            object o = _value._obj;
            if (o is Task t) t.AddContinuation(continuation);
            else if (o != null) ((System.Threading.Tasks.Sources.IValueTaskSource)o).OnCompleted(_ => continuation(), null, _value._token, System.Threading.Tasks.Sources.ValueTaskSourceOnCompletedFlags.None);
            else continuation();
        }
    }
    public readonly struct ValueTaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly ValueTask<TResult> _value;
        internal ValueTaskAwaiter(ValueTask<TResult> value) { _value = value; }
        public bool IsCompleted => _value.IsCompleted;
        public TResult GetResult()
        {
            object o = _value._obj;
            if (o == null) return _value._result;
            if (o is Task<TResult> t) return new TaskAwaiter<TResult>(t).GetResult();
            var src = (System.Threading.Tasks.Sources.IValueTaskSource<TResult>)o;
            if (src.GetStatus(_value._token) == System.Threading.Tasks.Sources.ValueTaskSourceStatus.Pending) return new TaskAwaiter<TResult>(_value.AsTask()).GetResult();
            return src.GetResult(_value._token);
        }
        public void OnCompleted(Action continuation) => UnsafeOnCompleted(continuation);
        public void UnsafeOnCompleted(Action continuation)
        {
            object o = _value._obj;
            if (o is Task<TResult> t) t.AddContinuation(continuation);
            else if (o != null) ((System.Threading.Tasks.Sources.IValueTaskSource<TResult>)o).OnCompleted(_ => continuation(), null, _value._token, System.Threading.Tasks.Sources.ValueTaskSourceOnCompletedFlags.None);
            else continuation();
        }
    }
    public readonly struct ConfiguredValueTaskAwaitable
    {
        private readonly ValueTask _value;
        internal ConfiguredValueTaskAwaitable(ValueTask value) { _value = value; }
        public ConfiguredValueTaskAwaiter GetAwaiter() => new ConfiguredValueTaskAwaiter(_value);
        public readonly struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly ValueTaskAwaiter _a;
            internal ConfiguredValueTaskAwaiter(ValueTask value) { _a = new ValueTaskAwaiter(value); }
            public bool IsCompleted => _a.IsCompleted;
            public void GetResult() => _a.GetResult();
            public void OnCompleted(Action continuation) => _a.UnsafeOnCompleted(continuation);
            public void UnsafeOnCompleted(Action continuation) => _a.UnsafeOnCompleted(continuation);
        }
    }
    public readonly struct ConfiguredValueTaskAwaitable<TResult>
    {
        private readonly ValueTask<TResult> _value;
        internal ConfiguredValueTaskAwaitable(ValueTask<TResult> value) { _value = value; }
        public ConfiguredValueTaskAwaiter GetAwaiter() => new ConfiguredValueTaskAwaiter(_value);
        public readonly struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly ValueTaskAwaiter<TResult> _a;
            internal ConfiguredValueTaskAwaiter(ValueTask<TResult> value) { _a = new ValueTaskAwaiter<TResult>(value); }
            public bool IsCompleted => _a.IsCompleted;
            public TResult GetResult() => _a.GetResult();
            public void OnCompleted(Action continuation) => _a.UnsafeOnCompleted(continuation);
            public void UnsafeOnCompleted(Action continuation) => _a.UnsafeOnCompleted(continuation);
        }
    }

    /// <summary>Boxes the state machine at an await; the continuation resumes the boxed copy.</summary>
    internal static class AsyncHelpers
    {
        internal static Action Box<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            IAsyncStateMachine box = stateMachine;
            return box.MoveNext;
        }
    }

    public struct AsyncTaskMethodBuilder
    {
        private Task _task;
        public static AsyncTaskMethodBuilder Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();
        public void SetStateMachine(IAsyncStateMachine stateMachine) { }
        public Task Task => _task ??= new Task();
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _ = Task;
            awaiter.OnCompleted(AsyncHelpers.Box(ref stateMachine));
        }
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _ = Task;
            awaiter.UnsafeOnCompleted(AsyncHelpers.Box(ref stateMachine));
        }
        public void SetResult()
        {
            if (_task == null) { _task = Task.CompletedTask; return; }
            _task.TrySetResultCore();
        }
        public void SetException(Exception exception)
        {
            if (exception is OperationCanceledException oce) { if (!Task.IsCompleted) { Task._cancellationException = oce; Task.TrySetCanceled(oce.CancellationToken); } }
            else Task.TrySetException(exception);
        }
    }
    public struct AsyncTaskMethodBuilder<TResult>
    {
        private Task<TResult> _task;
        public static AsyncTaskMethodBuilder<TResult> Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();
        public void SetStateMachine(IAsyncStateMachine stateMachine) { }
        public Task<TResult> Task => _task ??= new Task<TResult>();
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _ = Task;
            awaiter.OnCompleted(AsyncHelpers.Box(ref stateMachine));
        }
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _ = Task;
            awaiter.UnsafeOnCompleted(AsyncHelpers.Box(ref stateMachine));
        }
        public void SetResult(TResult result) => Task.TrySetResult(result);
        public void SetException(Exception exception)
        {
            if (exception is OperationCanceledException oce) { if (!Task.IsCompleted) { Task._cancellationException = oce; Task.TrySetCanceled(oce.CancellationToken); } }
            else Task.TrySetException(exception);
        }
    }
    public struct AsyncVoidMethodBuilder
    {
        public static AsyncVoidMethodBuilder Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();
        public void SetStateMachine(IAsyncStateMachine stateMachine) { }
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.OnCompleted(AsyncHelpers.Box(ref stateMachine));
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.UnsafeOnCompleted(AsyncHelpers.Box(ref stateMachine));
        public void SetResult() { }
        public void SetException(Exception exception) => Scheduler.Queue(() => throw exception);
    }
    public struct AsyncValueTaskMethodBuilder
    {
        private AsyncTaskMethodBuilder _b;
        private bool _sync;
        public static AsyncValueTaskMethodBuilder Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();
        public void SetStateMachine(IAsyncStateMachine stateMachine) { }
        public ValueTask Task => _sync ? default : new ValueTask(_b.Task);
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => _b.AwaitOnCompleted(ref awaiter, ref stateMachine);
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => _b.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        public void SetResult() => _b.SetResult();
        public void SetException(Exception exception) => _b.SetException(exception);
    }
    public struct AsyncValueTaskMethodBuilder<TResult>
    {
        private AsyncTaskMethodBuilder<TResult> _b;
        public static AsyncValueTaskMethodBuilder<TResult> Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();
        public void SetStateMachine(IAsyncStateMachine stateMachine) { }
        public ValueTask<TResult> Task => new ValueTask<TResult>(_b.Task);
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => _b.AwaitOnCompleted(ref awaiter, ref stateMachine);
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => _b.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        public void SetResult(TResult result) => _b.SetResult(result);
        public void SetException(Exception exception) => _b.SetException(exception);
    }
    public struct AsyncIteratorMethodBuilder
    {
        public static AsyncIteratorMethodBuilder Create() => default;
        public void MoveNext<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => stateMachine.MoveNext();
        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.OnCompleted(AsyncHelpers.Box(ref stateMachine));
        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine) where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => awaiter.UnsafeOnCompleted(AsyncHelpers.Box(ref stateMachine));
        public void Complete() { }
    }
    [AttributeUsage(AttributeTargets.Method)] public sealed class AsyncIteratorStateMachineAttribute : Attribute { public AsyncIteratorStateMachineAttribute(Type stateMachineType) { } }
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Delegate | AttributeTargets.Enum | AttributeTargets.Method)]
    public sealed class AsyncMethodBuilderAttribute : Attribute { public AsyncMethodBuilderAttribute(Type builderType) { } }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class EnumeratorCancellationAttribute : Attribute { }
}

namespace System.Threading
{
    public readonly struct CancellationToken : IEquatable<CancellationToken>
    {
        internal readonly CancellationTokenSource _source;
        internal CancellationToken(CancellationTokenSource source) { _source = source; }
        public CancellationToken(bool canceled) { _source = canceled ? CancellationTokenSource.s_canceled : null; }
        public static CancellationToken None => default;
        public bool IsCancellationRequested => _source != null && _source.IsCancellationRequested;
        public bool CanBeCanceled => _source != null;
        public void ThrowIfCancellationRequested() { if (IsCancellationRequested) throw new OperationCanceledException("The operation was canceled.", this); }
        public CancellationTokenRegistration Register(Action callback)
        {
            if (_source == null) return default;
            return _source.Register(callback);
        }
        public CancellationTokenRegistration Register(Action<object> callback, object state) => Register(() => callback(state));
        public bool Equals(CancellationToken other) => _source == other._source;
        public override bool Equals(object obj) => obj is CancellationToken t && Equals(t);
        public override int GetHashCode() => _source == null ? 0 : _source.GetHashCode();
        public static bool operator ==(CancellationToken left, CancellationToken right) => left.Equals(right);
        public static bool operator !=(CancellationToken left, CancellationToken right) => !left.Equals(right);
    }
    public readonly struct CancellationTokenRegistration : IDisposable
    {
        private readonly CancellationTokenSource _source; private readonly Action _callback;
        internal CancellationTokenRegistration(CancellationTokenSource source, Action callback) { _source = source; _callback = callback; }
        public void Dispose() { _source?.Unregister(_callback); }
        public bool Unregister() { _source?.Unregister(_callback); return _source != null; }
    }
    public class CancellationTokenSource : IDisposable
    {
        internal static readonly CancellationTokenSource s_canceled = CreateCanceled();
        private static CancellationTokenSource CreateCanceled() { var s = new CancellationTokenSource(); s._canceled = true; return s; }
        private bool _canceled;
        private System.Collections.Generic.List<Action> _callbacks;
        public CancellationTokenSource() { }
        public CancellationTokenSource(int millisecondsDelay) { CancelAfter(millisecondsDelay); }
        public CancellationTokenSource(TimeSpan delay) { CancelAfter(delay); }
        public bool IsCancellationRequested => _canceled;
        public CancellationToken Token => new CancellationToken(this);
        public void Cancel()
        {
            if (_canceled) return;
            _canceled = true;
            var cbs = _callbacks;
            _callbacks = null;
            if (cbs != null) for (int i = cbs.Count - 1; i >= 0; i--) cbs[i]();
        }
        public void Cancel(bool throwOnFirstException) => Cancel();
        public System.Threading.Tasks.Task CancelAsync() { Cancel(); return System.Threading.Tasks.Task.CompletedTask; }
        public void CancelAfter(int millisecondsDelay) => System.Threading.Tasks.Scheduler.AddTimer(millisecondsDelay, Cancel);
        public void CancelAfter(TimeSpan delay) => CancelAfter((int)delay.TotalMilliseconds);
        public bool TryReset() { if (_canceled) return false; _callbacks = null; return true; }
        internal CancellationTokenRegistration Register(Action callback)
        {
            if (_canceled) { callback(); return default; }
            (_callbacks ??= new System.Collections.Generic.List<Action>()).Add(callback);
            return new CancellationTokenRegistration(this, callback);
        }
        internal void Unregister(Action callback) { _callbacks?.Remove(callback); }
        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token1, CancellationToken token2)
        {
            var s = new CancellationTokenSource();
            token1.Register(s.Cancel);
            token2.Register(s.Cancel);
            return s;
        }
        public static CancellationTokenSource CreateLinkedTokenSource(params CancellationToken[] tokens)
        {
            var s = new CancellationTokenSource();
            foreach (var t in tokens) t.Register(s.Cancel);
            return s;
        }
        public void Dispose() { }
    }
    public abstract class WaitHandle : IDisposable { public void Dispose() { } public virtual bool WaitOne() => true; }

    public sealed class Thread
    {
        private static Thread s_current;
        private readonly Action _start;
        public Thread(ThreadStart start) { _start = () => start(); }
        public static Thread CurrentThread => s_current ??= new Thread(() => { });
        public int ManagedThreadId => 1;
        public string Name { get; set; }
        public bool IsBackground { get; set; }
        public bool IsAlive => false;
        public void Start() => _start();
        public void Join() { }
        public bool Join(int millisecondsTimeout) => true;
        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout), "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            System.Threading.Tasks.Scheduler.Sleep(millisecondsTimeout);
        }
        public static void Sleep(TimeSpan timeout) => Sleep((int)timeout.TotalMilliseconds);
        public static void SpinWait(int iterations) { }
        public static bool Yield() => true;
    }
    public delegate void ThreadStart();
    public static class Interlocked
    {
        public static int Increment(ref int location) => ++location;
        public static long Increment(ref long location) => ++location;
        public static int Decrement(ref int location) => --location;
        public static long Decrement(ref long location) => --location;
        public static int Add(ref int location, int value) => location += value;
        public static long Add(ref long location, long value) => location += value;
        public static int Exchange(ref int location, int value) { int o = location; location = value; return o; }
        public static long Exchange(ref long location, long value) { long o = location; location = value; return o; }
        public static T Exchange<T>(ref T location, T value) where T : class { T o = location; location = value; return o; }
        public static object Exchange(ref object location, object value) { object o = location; location = value; return o; }
        public static int CompareExchange(ref int location, int value, int comparand) { int o = location; if (o == comparand) location = value; return o; }
        public static long CompareExchange(ref long location, long value, long comparand) { long o = location; if (o == comparand) location = value; return o; }
        public static T CompareExchange<T>(ref T location, T value, T comparand) where T : class { T o = location; if (o == comparand) location = value; return o; }
        public static object CompareExchange(ref object location, object value, object comparand) { object o = location; if (o == comparand) location = value; return o; }
        public static long Read(ref long location) => location;
        public static void MemoryBarrier() { }
    }
    public static class Monitor
    {
        // One managed thread: entering always succeeds; the argument checks are .NET's.
        public static void Enter(object obj) { if (obj == null) throw new ArgumentNullException(); }
        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("Argument must be initialized to false", nameof(lockTaken));
            if (obj == null) throw new ArgumentNullException();
            lockTaken = true;
        }
        public static void Exit(object obj) { if (obj == null) throw new ArgumentNullException(); }
        public static bool TryEnter(object obj) { if (obj == null) throw new ArgumentNullException(); return true; }
        public static void TryEnter(object obj, ref bool lockTaken) => Enter(obj, ref lockTaken);
        public static bool TryEnter(object obj, int millisecondsTimeout) => TryEnter(obj);
        public static void TryEnter(object obj, int millisecondsTimeout, ref bool lockTaken) => Enter(obj, ref lockTaken);
        public static bool IsEntered(object obj) { if (obj == null) throw new ArgumentNullException(); return false; }
        public static void Wait(object obj) { if (obj == null) throw new ArgumentNullException(); }
        public static void Pulse(object obj) { if (obj == null) throw new ArgumentNullException(); }
        public static void PulseAll(object obj) { if (obj == null) throw new ArgumentNullException(); }
    }
    public sealed class Lock
    {
        public void Enter() { }
        public void Exit() { }
        public Scope EnterScope() => default;
        public ref struct Scope { public void Dispose() { } }
    }
    public static class Volatile
    {
        public static int Read(ref int location) => location;
        public static void Write(ref int location, int value) => location = value;
        public static bool Read(ref bool location) => location;
        public static void Write(ref bool location, bool value) => location = value;
        public static long Read(ref long location) => location;
        public static void Write(ref long location, long value) => location = value;
        public static T Read<T>(ref T location) where T : class => location;
        public static void Write<T>(ref T location, T value) where T : class => location = value;
    }
    public enum LazyThreadSafetyMode { None, PublicationOnly, ExecutionAndPublication }
    public sealed class ThreadLocal<T> : IDisposable
    {
        private readonly Func<T> _factory; private T _value; private bool _has;
        public ThreadLocal() { }
        public ThreadLocal(Func<T> valueFactory) { _factory = valueFactory; }
        public T Value { get { if (!_has) { _has = true; if (_factory != null) _value = _factory(); } return _value; } set { _has = true; _value = value; } }
        public bool IsValueCreated => _has;
        public void Dispose() { }
    }
    public sealed class AsyncLocal<T>
    {
        public T Value { get; set; }
    }
    public class SemaphoreSlim : IDisposable
    {
        private int _count;
        private readonly System.Collections.Generic.Queue<System.Threading.Tasks.TaskCompletionSource<bool>> _waiters = new System.Collections.Generic.Queue<System.Threading.Tasks.TaskCompletionSource<bool>>();
        public SemaphoreSlim(int initialCount) { _count = initialCount; }
        public SemaphoreSlim(int initialCount, int maxCount) { _count = initialCount; }
        public int CurrentCount => _count;
        public void Wait() { if (_count > 0) { _count--; return; } var t = WaitAsync(); t.Wait(); }
        public System.Threading.Tasks.Task WaitAsync()
        {
            if (_count > 0) { _count--; return System.Threading.Tasks.Task.CompletedTask; }
            var tcs = new System.Threading.Tasks.TaskCompletionSource<bool>();
            _waiters.Enqueue(tcs);
            return tcs.Task;
        }
        public int Release()
        {
            int prev = _count;
            if (_waiters.Count > 0) _waiters.Dequeue().SetResult(true);
            else _count++;
            return prev;
        }
        public void Dispose() { }
    }
}

namespace System
{
    public interface IAsyncResult { bool IsCompleted { get; } object AsyncState { get; } System.Threading.WaitHandle AsyncWaitHandle { get; } bool CompletedSynchronously { get; } }
    public interface IAsyncDisposable { System.Threading.Tasks.ValueTask DisposeAsync(); }

    public class OperationCanceledException : SystemException
    {
        private readonly System.Threading.CancellationToken _token;
        public OperationCanceledException() : base("The operation was canceled.") { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(string message) : base(message) { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(System.Threading.CancellationToken token) : this() { _token = token; }
        public OperationCanceledException(string message, System.Threading.CancellationToken token) : base(message) { HResult = unchecked((int)0x8013153B); _token = token; }
        public OperationCanceledException(string message, Exception innerException, System.Threading.CancellationToken token) : base(message, innerException) { HResult = unchecked((int)0x8013153B); _token = token; }
        public System.Threading.CancellationToken CancellationToken => _token;
    }

    public class AggregateException : Exception
    {
        private readonly System.Collections.ObjectModel.ReadOnlyCollection<Exception> _inner;
        public AggregateException() : this("One or more errors occurred.", new Exception[0]) { }
        public AggregateException(string message) : this(message, new Exception[0]) { }
        public AggregateException(string message, Exception innerException) : this(message, new Exception[] { innerException }) { }
        public AggregateException(params Exception[] innerExceptions) : this("One or more errors occurred.", innerExceptions) { }
        public AggregateException(System.Collections.Generic.IEnumerable<Exception> innerExceptions) : this("One or more errors occurred.", new System.Collections.Generic.List<Exception>(innerExceptions).ToArray()) { }
        public AggregateException(string message, System.Collections.Generic.IEnumerable<Exception> innerExceptions) : this(message, new System.Collections.Generic.List<Exception>(innerExceptions).ToArray()) { }
        public AggregateException(string message, params Exception[] innerExceptions) : base(message, innerExceptions != null && innerExceptions.Length > 0 ? innerExceptions[0] : null)
        {
            if (innerExceptions == null) throw new ArgumentNullException(nameof(innerExceptions));
            _inner = new System.Collections.ObjectModel.ReadOnlyCollection<Exception>((Exception[])innerExceptions.Clone());
        }
        public System.Collections.ObjectModel.ReadOnlyCollection<Exception> InnerExceptions => _inner;
        public override string Message
        {
            get
            {
                if (_inner.Count == 0) return base.Message;
                var sb = new System.Text.StringBuilder(base.Message);
                sb.Append(' ');
                for (int i = 0; i < _inner.Count; i++) { sb.Append('('); sb.Append(_inner[i].Message); sb.Append(") "); }
                sb.Length -= 1;
                return sb.ToString();
            }
        }
        public AggregateException Flatten()
        {
            var list = new System.Collections.Generic.List<Exception>();
            var queue = new System.Collections.Generic.Queue<AggregateException>();
            queue.Enqueue(this);
            while (queue.Count > 0)
            {
                foreach (var e in queue.Dequeue()._inner)
                {
                    if (e is AggregateException ae) queue.Enqueue(ae); else list.Add(e);
                }
            }
            return new AggregateException(base.Message, list);
        }
        public override Exception GetBaseException()
        {
            Exception back = this;
            AggregateException ae = this;
            while (ae != null && ae.InnerExceptions.Count == 1) { back = back.InnerException; ae = back as AggregateException; }
            return back;
        }
        public void Handle(Func<Exception, bool> predicate)
        {
            var unhandled = new System.Collections.Generic.List<Exception>();
            foreach (var e in _inner) if (!predicate(e)) unhandled.Add(e);
            if (unhandled.Count > 0) throw new AggregateException(base.Message, unhandled);
        }
        public override string ToString()
        {
            string s = base.ToString();
            for (int i = 0; i < _inner.Count; i++)
            {
                if (_inner[i] == InnerException) continue;
                s += "\n ---> (Inner Exception #" + i.ToString() + ") " + _inner[i].ToString() + "<---\n";
            }
            return s;
        }
    }
}
