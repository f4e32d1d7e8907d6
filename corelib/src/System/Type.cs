using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Type
    {
        public abstract string Name { get; }
        public abstract string FullName { get; }
        public abstract string Namespace { get; }
        public abstract Type BaseType { get; }
        public abstract bool IsValueType { get; }
        public abstract bool IsArray { get; }
        public abstract bool IsEnum { get; }
        public abstract bool IsInterface { get; }
        public abstract bool IsGenericType { get; }
        public abstract bool IsAssignableFrom(Type c);
        public bool IsClass => !IsValueType && !IsInterface;
        public abstract Type GetElementType();
        public abstract Type[] GetGenericArguments();
        public abstract RuntimeTypeHandle TypeHandle { get; }
        public bool IsInstanceOfType(object o) => o != null && IsAssignableFrom(o.GetType());
        public static Type GetTypeFromHandle(RuntimeTypeHandle handle) => RuntimeType.FromHandle(handle.Value);
        public static bool operator ==(Type left, Type right) => (object)left == (object)right;
        public static bool operator !=(Type left, Type right) => (object)left != (object)right;
        public override bool Equals(object o) => (object)this == o;
        public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
        public override string ToString() => FullName ?? Name;
    }

    /// <summary>The one Type implementation: wraps a runtime type handle (a MethodTable address).</summary>
    internal sealed class RuntimeType : Type
    {
        private IntPtr _handle;
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern RuntimeType FromHandle(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string GetName(IntPtr handle, int which);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetFlags(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr GetRelated(IntPtr handle, int which);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool IsAssignable(IntPtr target, IntPtr source);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr[] GetGenericArgs(IntPtr handle);

        public override string Name => GetName(_handle, 0);
        public override string FullName => GetName(_handle, 1);
        public override string Namespace => GetName(_handle, 2);
        public override Type BaseType { get { IntPtr p = GetRelated(_handle, 0); return p == IntPtr.Zero ? null : FromHandle(p); } }
        public override Type GetElementType() { IntPtr p = GetRelated(_handle, 1); return p == IntPtr.Zero ? null : FromHandle(p); }
        public override bool IsValueType => (GetFlags(_handle) & 1) != 0;
        public override bool IsArray => (GetFlags(_handle) & 2) != 0;
        public override bool IsEnum => (GetFlags(_handle) & 4) != 0;
        public override bool IsInterface => (GetFlags(_handle) & 8) != 0;
        public override bool IsGenericType => (GetFlags(_handle) & 16) != 0;
        public override bool IsAssignableFrom(Type c) => c is RuntimeType rt && IsAssignable(_handle, rt._handle);
        public override Type[] GetGenericArguments()
        {
            IntPtr[] h = GetGenericArgs(_handle);
            Type[] r = new Type[h.Length];
            for (int i = 0; i < h.Length; i++) r[i] = FromHandle(h[i]);
            return r;
        }
        public override RuntimeTypeHandle TypeHandle => new RuntimeTypeHandle(_handle);
        public override string ToString() => GetName(_handle, 3);
    }

    public struct RuntimeTypeHandle
    {
        private IntPtr _value;
        internal RuntimeTypeHandle(IntPtr value) { _value = value; }
        public IntPtr Value => _value;
    }
    public struct RuntimeFieldHandle
    {
        private IntPtr _value;
        public IntPtr Value => _value;
    }
    public struct RuntimeMethodHandle
    {
        private IntPtr _value;
        public IntPtr Value => _value;
    }
}
