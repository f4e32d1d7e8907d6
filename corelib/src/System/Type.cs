using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Type : System.Reflection.MemberInfo
    {
        public static readonly Type[] EmptyTypes = new Type[0];
        public override System.Reflection.MemberTypes MemberType => System.Reflection.MemberTypes.TypeInfo;
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
        public abstract System.Reflection.TypeAttributes Attributes { get; }
        public bool IsAbstract => (Attributes & System.Reflection.TypeAttributes.Abstract) != 0;
        public bool IsSealed => (Attributes & System.Reflection.TypeAttributes.Sealed) != 0;
        public bool IsPublic => (Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public;
        public bool IsNotPublic => (Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.NotPublic;
        public bool IsNested => DeclaringType != null;
        public abstract bool IsPrimitive { get; }
        public abstract bool IsPointer { get; }
        public abstract bool IsByRef { get; }
        public abstract bool IsGenericTypeDefinition { get; }
        public virtual bool IsGenericParameter => false;
        public virtual bool ContainsGenericParameters => IsGenericTypeDefinition;
        public virtual bool IsConstructedGenericType => IsGenericType && !IsGenericTypeDefinition;
        public Type[] GenericTypeArguments => IsGenericType && !IsGenericTypeDefinition ? GetGenericArguments() : EmptyTypes;
        public abstract Type GetGenericTypeDefinition();
        public abstract Type[] GetInterfaces();
        public abstract int GetArrayRank();
        public virtual Type MakeArrayType() => throw new NotSupportedException();
        public virtual bool IsSubclassOf(Type c)
        {
            Type p = this;
            if (p == c) return false;
            while (p != null) { if (p == c) return true; p = p.BaseType; }
            return false;
        }
        public virtual bool IsEquivalentTo(Type other) => this == other;
        public abstract Type GetEnumUnderlyingType();
        public virtual string AssemblyQualifiedName => FullName;
        public virtual System.Reflection.Assembly Assembly => null;
        public abstract System.Reflection.FieldInfo[] GetFields();
        public System.Reflection.FieldInfo GetField(string name)
        {
            foreach (var f in GetFields()) if (f.Name == name) return f;
            return null;
        }
        public abstract System.Reflection.PropertyInfo[] GetProperties();
        public System.Reflection.PropertyInfo GetProperty(string name)
        {
            foreach (var p in GetProperties()) if (p.Name == name) return p;
            return null;
        }
        public static Type GetType(string typeName) => null;
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
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetAttributesCore(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr[] GetInterfaceHandles(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetMemberCount(IntPtr handle, int kind);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string GetMemberName(IntPtr handle, int kind, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetMemberAttrs(IntPtr handle, int kind, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr GetMemberType(IntPtr handle, int kind, int index);
        private Type Rel(int which) { IntPtr p = GetRelated(_handle, which); return p == IntPtr.Zero ? null : FromHandle(p); }
        public override Type DeclaringType => Rel(2);
        public override System.Reflection.TypeAttributes Attributes => (System.Reflection.TypeAttributes)GetAttributesCore(_handle);
        public override bool IsPrimitive => (GetFlags(_handle) & 32) != 0;
        public override bool IsPointer => (GetFlags(_handle) & 64) != 0;
        public override bool IsByRef => (GetFlags(_handle) & 128) != 0;
        public override bool IsGenericTypeDefinition => (GetFlags(_handle) & 256) != 0;
        public override Type GetGenericTypeDefinition()
        {
            if (!IsGenericType) throw new InvalidOperationException("This operation is only valid on generic types.");
            return Rel(3) ?? this;
        }
        public override Type[] GetInterfaces()
        {
            IntPtr[] h = GetInterfaceHandles(_handle);
            Type[] r = new Type[h.Length];
            for (int i = 0; i < h.Length; i++) r[i] = FromHandle(h[i]);
            return r;
        }
        public override int GetArrayRank()
        {
            if (!IsArray) throw new ArgumentException("Must be an array type.");
            return (GetFlags(_handle) >> 16) & 0xff;
        }
        public override Type GetEnumUnderlyingType()
        {
            if (!IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            return Rel(1);
        }
        public override System.Reflection.FieldInfo[] GetFields()
        {
            int n = GetMemberCount(_handle, 0);
            var r = new System.Reflection.FieldInfo[n];
            for (int i = 0; i < n; i++)
            {
                IntPtr t = GetMemberType(_handle, 0, i);
                r[i] = new System.Reflection.RuntimeFieldInfo(this, GetMemberName(_handle, 0, i), GetMemberAttrs(_handle, 0, i), t == IntPtr.Zero ? null : FromHandle(t));
            }
            return r;
        }
        public override System.Reflection.PropertyInfo[] GetProperties()
        {
            int n = GetMemberCount(_handle, 1);
            var r = new System.Reflection.PropertyInfo[n];
            for (int i = 0; i < n; i++)
            {
                IntPtr t = GetMemberType(_handle, 1, i);
                int a = GetMemberAttrs(_handle, 1, i);
                r[i] = new System.Reflection.RuntimePropertyInfo(this, GetMemberName(_handle, 1, i), (a & 2) != 0, (a & 1) != 0, t == IntPtr.Zero ? null : FromHandle(t));
            }
            return r;
        }
    }

    public struct RuntimeTypeHandle
    {
        private IntPtr _value;
        internal RuntimeTypeHandle(IntPtr value) { _value = value; }
        public IntPtr Value => _value;
        public override bool Equals(object obj) => obj is RuntimeTypeHandle h && h._value == _value;
        public override int GetHashCode() => (int)_value;
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
