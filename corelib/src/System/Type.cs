using System.Runtime.CompilerServices;

namespace System
{
    public abstract class Type : System.Reflection.MemberInfo
    {
        public static readonly Type[] EmptyTypes = new Type[0];
        public override System.Reflection.MemberTypes MemberType => System.Reflection.MemberTypes.TypeInfo;
        // The public surface is non-virtual where .NET's is (Roslyn then emits 'call'); RuntimeType
        // implements the internal cores.
        internal abstract string FullNameCore { get; }
        internal abstract string NamespaceCore { get; }
        internal abstract Type BaseTypeCore { get; }
        internal abstract int FlagsCore { get; }
        internal abstract bool IsAssignableFromCore(Type c);
        internal abstract Type GetElementTypeCore();
        internal abstract Type[] GetGenericArgumentsCore();
        internal abstract RuntimeTypeHandle TypeHandleCore { get; }
        internal abstract System.Reflection.TypeAttributes AttributesCore { get; }
        internal abstract Type GetGenericTypeDefinitionCore();
        internal abstract Type[] GetInterfacesCore();
        internal abstract Type GetEnumUnderlyingTypeCore();
        internal abstract System.Reflection.FieldInfo[] GetFieldsCore();
        internal abstract System.Reflection.PropertyInfo[] GetPropertiesCore();

        public string FullName => FullNameCore;
        public string Namespace => NamespaceCore;
        public Type BaseType => BaseTypeCore;
        public bool IsValueType => (FlagsCore & 1) != 0;
        public bool IsArray => (FlagsCore & 2) != 0;
        public bool IsEnum => (FlagsCore & 4) != 0;
        public bool IsInterface => (FlagsCore & 8) != 0;
        public bool IsGenericType => (FlagsCore & 16) != 0;
        public bool IsPrimitive => (FlagsCore & 32) != 0;
        public bool IsPointer => (FlagsCore & 64) != 0;
        public bool IsByRef => (FlagsCore & 128) != 0;
        public bool IsGenericTypeDefinition => (FlagsCore & 256) != 0;
        public bool IsGenericParameter => false;
        public bool ContainsGenericParameters => IsGenericTypeDefinition;
        public bool IsConstructedGenericType => IsGenericType && !IsGenericTypeDefinition;
        public bool IsClass => !IsValueType && !IsInterface;
        public bool IsAssignableFrom(Type c) => IsAssignableFromCore(c);
        public bool IsAssignableTo(Type targetType) => targetType != null && targetType.IsAssignableFrom(this);
        public Type GetElementType() => GetElementTypeCore();
        public Type[] GetGenericArguments() => GetGenericArgumentsCore();
        public RuntimeTypeHandle TypeHandle => TypeHandleCore;
        public System.Reflection.TypeAttributes Attributes => AttributesCore;
        public bool IsAbstract => (Attributes & System.Reflection.TypeAttributes.Abstract) != 0;
        public bool IsSealed => (Attributes & System.Reflection.TypeAttributes.Sealed) != 0;
        public bool IsPublic => (Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public;
        public bool IsNotPublic => (Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.NotPublic;
        public bool IsNestedPublic => (Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.NestedPublic;
        public bool IsNestedPrivate => (Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.NestedPrivate;
        public bool IsNested => DeclaringType != null;
        public bool IsVisible => IsPublic || IsNestedPublic;
        public bool IsSerializable => (Attributes & System.Reflection.TypeAttributes.Serializable) != 0;
        public Type[] GenericTypeArguments => IsGenericType && !IsGenericTypeDefinition ? GetGenericArguments() : EmptyTypes;
        public Type GetGenericTypeDefinition() => GetGenericTypeDefinitionCore();
        public Type[] GetInterfaces() => GetInterfacesCore();
        public Type GetInterface(string name)
        {
            foreach (Type t in GetInterfaces()) if (t.Name == name || t.FullName == name) return t;
            return null;
        }
        public int GetArrayRank()
        {
            if (!IsArray) throw new ArgumentException("Must be an array type.");
            return (FlagsCore >> 16) & 0xff;
        }
        public bool IsSubclassOf(Type c)
        {
            Type p = this;
            if (p == c) return false;
            while (p != null) { if (p == c) return true; p = p.BaseType; }
            return false;
        }
        public bool IsEquivalentTo(Type other) => this == other;
        public Type GetEnumUnderlyingType() => GetEnumUnderlyingTypeCore();
        public string[] GetEnumNames() => Enum.GetNames(this);
        public Array GetEnumValues() => Enum.GetValues(this);
        public string AssemblyQualifiedName => FullName;
        public System.Reflection.Assembly Assembly => null;
        public System.Reflection.FieldInfo[] GetFields() => GetFieldsCore();
        public System.Reflection.FieldInfo GetField(string name)
        {
            foreach (var f in GetFields()) if (f.Name == name) return f;
            return null;
        }
        public System.Reflection.PropertyInfo[] GetProperties() => GetPropertiesCore();
        public System.Reflection.PropertyInfo GetProperty(string name)
        {
            foreach (var p in GetProperties()) if (p.Name == name) return p;
            return null;
        }
        public static Type GetType(string typeName) => null;
        public bool IsInstanceOfType(object o) => o != null && IsAssignableFrom(o.GetType());
        public static Type GetTypeFromHandle(RuntimeTypeHandle handle) => RuntimeType.FromHandle(handle.Value);
        public static bool operator ==(Type left, Type right) => (object)left == (object)right;
        public static bool operator !=(Type left, Type right) => (object)left != (object)right;
        public override bool Equals(object o) => (object)this == o;
        public bool Equals(Type o) => (object)this == o;
        public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
        public override string ToString() => FullName ?? Name;
        public static TypeCode GetTypeCode(Type type)
        {
            if (type == null) return TypeCode.Empty;
            if (type.IsEnum) type = type.GetEnumUnderlyingType();
            if (type == typeof(bool)) return TypeCode.Boolean;
            if (type == typeof(char)) return TypeCode.Char;
            if (type == typeof(sbyte)) return TypeCode.SByte;
            if (type == typeof(byte)) return TypeCode.Byte;
            if (type == typeof(short)) return TypeCode.Int16;
            if (type == typeof(ushort)) return TypeCode.UInt16;
            if (type == typeof(int)) return TypeCode.Int32;
            if (type == typeof(uint)) return TypeCode.UInt32;
            if (type == typeof(long)) return TypeCode.Int64;
            if (type == typeof(ulong)) return TypeCode.UInt64;
            if (type == typeof(float)) return TypeCode.Single;
            if (type == typeof(double)) return TypeCode.Double;
            if (type == typeof(decimal)) return TypeCode.Decimal;
            if (type == typeof(DateTime)) return TypeCode.DateTime;
            if (type == typeof(string)) return TypeCode.String;
            return TypeCode.Object;
        }
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
        internal override int FlagsCore => GetFlags(_handle);
        internal override string FullNameCore => GetName(_handle, 1);
        internal override string NamespaceCore => GetName(_handle, 2);
        internal override Type BaseTypeCore { get { IntPtr p = GetRelated(_handle, 0); return p == IntPtr.Zero ? null : FromHandle(p); } }
        internal override Type GetElementTypeCore() { IntPtr p = GetRelated(_handle, 1); return p == IntPtr.Zero ? null : FromHandle(p); }
        internal override bool IsAssignableFromCore(Type c) => c is RuntimeType rt && IsAssignable(_handle, rt._handle);
        internal override Type[] GetGenericArgumentsCore()
        {
            IntPtr[] h = GetGenericArgs(_handle);
            Type[] r = new Type[h.Length];
            for (int i = 0; i < h.Length; i++) r[i] = FromHandle(h[i]);
            return r;
        }
        internal override RuntimeTypeHandle TypeHandleCore => new RuntimeTypeHandle(_handle);
        public override string ToString() => GetName(_handle, 3);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetAttributesCore(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr[] GetInterfaceHandles(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetMemberCount(IntPtr handle, int kind);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string GetMemberName(IntPtr handle, int kind, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetMemberAttrs(IntPtr handle, int kind, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr GetMemberType(IntPtr handle, int kind, int index);
        private Type Rel(int which) { IntPtr p = GetRelated(_handle, which); return p == IntPtr.Zero ? null : FromHandle(p); }
        public override Type DeclaringType => Rel(2);
        internal override System.Reflection.TypeAttributes AttributesCore => (System.Reflection.TypeAttributes)GetAttributesCore(_handle);
        internal override Type GetGenericTypeDefinitionCore()
        {
            if (!IsGenericType) throw new InvalidOperationException("This operation is only valid on generic types.");
            return Rel(3) ?? this;
        }
        internal override Type[] GetInterfacesCore()
        {
            IntPtr[] h = GetInterfaceHandles(_handle);
            Type[] r = new Type[h.Length];
            for (int i = 0; i < h.Length; i++) r[i] = FromHandle(h[i]);
            return r;
        }
        internal override Type GetEnumUnderlyingTypeCore()
        {
            if (!IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            return Rel(1);
        }
        internal override System.Reflection.FieldInfo[] GetFieldsCore()
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
        internal override System.Reflection.PropertyInfo[] GetPropertiesCore()
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

    /// <summary>A managed pointer and the type it points to (mkrefany/refanyval/refanytype): +0 the address, +4 the MethodTable.</summary>
    public ref struct TypedReference
    {
        private IntPtr _value;
        private IntPtr _type;
        public static Type GetTargetType(TypedReference value) => value._type == IntPtr.Zero ? null : Type.GetTypeFromHandle(new RuntimeTypeHandle(value._type));
        public static RuntimeTypeHandle TargetTypeToken(TypedReference value) => new RuntimeTypeHandle(value._type);
        // refanyval: the address, if the reference is to exactly the expected type.
        internal static IntPtr RefAnyVal(TypedReference value, IntPtr expectedType) => value._type == expectedType ? value._value : throw new InvalidCastException();
        public override bool Equals(object o) => throw new NotSupportedException();
        public override int GetHashCode() => _type.GetHashCode();
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
