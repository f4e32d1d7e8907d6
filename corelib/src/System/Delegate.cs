using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>
    /// Delegates. Layout (runtime contract): _target, _methodHandle (runtime method id),
    /// _invocationList (null, or the list for a multicast). Invoke is provided by the runtime.
    /// </summary>
    public abstract class Delegate : ICloneable
    {
        internal object _target;
        internal IntPtr _methodHandle;
        internal Delegate[] _invocationList;

        public object Target => _target;
        public System.Reflection.MethodInfo Method => new System.Reflection.RuntimeMethodInfo(_methodHandle);
        public object DynamicInvoke(params object[] args)
        {
            Delegate[] list = List();
            object result = null;
            for (int i = 0; i < list.Length; i++) result = list[i].DynamicInvokeImpl(args);
            return result;
        }
        protected virtual object DynamicInvokeImpl(object[] args)
        {
            int given = args == null ? 0 : args.Length;
            if (given != TargetParameterCount(this)) throw new System.Reflection.TargetParameterCountException("Parameter count mismatch.");
            InvokeSingle(this, args, true);
            try { return InvokeSingle(this, args, false); }
            catch (Exception e) { throw new System.Reflection.TargetInvocationException(e); }
        }
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int TargetParameterCount(Delegate d);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object InvokeSingle(Delegate d, object[] args, bool checkOnly);
        public static Delegate CreateDelegate(Type type, object target, string method) => throw new PlatformNotSupportedException();
        public object Clone() => MemberwiseClone();

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if (a == null) return b;
            if (b == null) return a;
            if (a.GetType() != b.GetType()) throw new ArgumentException("Delegates must be of the same type.");
            Delegate[] la = a.List(), lb = b.List();
            Delegate[] all = new Delegate[la.Length + lb.Length];
            for (int i = 0; i < la.Length; i++) all[i] = la[i];
            for (int i = 0; i < lb.Length; i++) all[la.Length + i] = lb[i];
            return a.WithList(all);
        }
        public static Delegate Combine(params Delegate[] delegates)
        {
            Delegate d = null;
            if (delegates != null) for (int i = 0; i < delegates.Length; i++) d = Combine(d, delegates[i]);
            return d;
        }
        public static Delegate Combine(params ReadOnlySpan<Delegate> delegates)
        {
            Delegate d = null;
            for (int i = 0; i < delegates.Length; i++) d = Combine(d, delegates[i]);
            return d;
        }
        /// <summary>Removes the last occurrence of b's invocation list from a's, as .NET does.</summary>
        public static Delegate Remove(Delegate source, Delegate value)
        {
            if (source == null) return null;
            if (value == null) return source;
            Delegate[] ls = source.List(), lv = value.List();
            for (int start = ls.Length - lv.Length; start >= 0; start--)
            {
                bool match = true;
                for (int j = 0; j < lv.Length && match; j++) match = ls[start + j].SameSingle(lv[j]);
                if (!match) continue;
                int n = ls.Length - lv.Length;
                if (n == 0) return null;
                Delegate[] rest = new Delegate[n];
                for (int i = 0; i < start; i++) rest[i] = ls[i];
                for (int i = start + lv.Length; i < ls.Length; i++) rest[i - lv.Length] = ls[i];
                return n == 1 ? rest[0] : source.WithList(rest);
            }
            return source;
        }
        public static Delegate RemoveAll(Delegate source, Delegate value)
        {
            Delegate last;
            do { last = source; source = Remove(source, value); } while (last != source);
            return source;
        }
        public Delegate[] GetInvocationList()
        {
            Delegate[] l = List();
            Delegate[] copy = new Delegate[l.Length];
            for (int i = 0; i < l.Length; i++) copy[i] = l[i];
            return copy;
        }
        internal Delegate[] List() => _invocationList ?? new Delegate[] { this };
        private Delegate WithList(Delegate[] list)
        {
            Delegate d = (Delegate)MemberwiseClone();
            d._invocationList = list;
            d._target = list[list.Length - 1]._target;
            d._methodHandle = list[list.Length - 1]._methodHandle;
            return d;
        }
        private bool SameSingle(Delegate d) => d._target == _target && d._methodHandle == _methodHandle && GetType() == d.GetType();

        public override bool Equals(object obj)
        {
            if (!(obj is Delegate d) || d.GetType() != GetType()) return false;
            Delegate[] a = List(), b = d.List();
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (!a[i].SameSingle(b[i])) return false;
            return true;
        }
        public override int GetHashCode() => GetType().GetHashCode();
        public static bool operator ==(Delegate d1, Delegate d2) => d1 is null ? d2 is null : d1.Equals(d2);
        public static bool operator !=(Delegate d1, Delegate d2) => !(d1 == d2);
    }

    public abstract class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2) => d1 is null ? d2 is null : d1.Equals(d2);
        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) => !(d1 == d2);
        public override bool Equals(object obj) => base.Equals(obj);
        public override int GetHashCode() => base.GetHashCode();
    }

    public delegate void Action();
    public delegate void Action<in T>(T obj);
    public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);
    public delegate void Action<in T1, in T2, in T3>(T1 arg1, T2 arg2, T3 arg3);
    public delegate void Action<in T1, in T2, in T3, in T4>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate TResult Func<out TResult>();
    public delegate TResult Func<in T, out TResult>(T arg);
    public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);
    public delegate TResult Func<in T1, in T2, in T3, out TResult>(T1 arg1, T2 arg2, T3 arg3);
    public delegate TResult Func<in T1, in T2, in T3, in T4, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, in T12>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11, T12 arg12);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, in T12, in T13>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11, T12 arg12, T13 arg13);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, in T12, in T13, in T14>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11, T12 arg12, T13 arg13, T14 arg14);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, in T12, in T13, in T14, in T15>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11, T12 arg12, T13 arg13, T14 arg14, T15 arg15);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, in T12, in T13, in T14, in T15, in T16>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11, T12 arg12, T13 arg13, T14 arg14, T15 arg15, T16 arg16);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, in T12, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11, T12 arg12);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, in T12, in T13, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11, T12 arg12, T13 arg13);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, in T12, in T13, in T14, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11, T12 arg12, T13 arg13, T14 arg14);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, in T12, in T13, in T14, in T15, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11, T12 arg12, T13 arg13, T14 arg14, T15 arg15);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, in T9, in T10, in T11, in T12, in T13, in T14, in T15, in T16, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8, T9 arg9, T10 arg10, T11 arg11, T12 arg12, T13 arg13, T14 arg14, T15 arg15, T16 arg16);
    public delegate bool Predicate<in T>(T obj);
    public delegate int Comparison<in T>(T x, T y);
    public delegate TOutput Converter<in TInput, out TOutput>(TInput input);
    public delegate void EventHandler(object sender, EventArgs e);
    public delegate void EventHandler<TEventArgs>(object sender, TEventArgs e);
    public class EventArgs { public static readonly EventArgs Empty = new EventArgs(); }
}
