using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>The root of the type hierarchy. Layout (runtime contract): header word, MethodTable pointer.</summary>
    public class Object
    {
        public Object() { }
        ~Object() { }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern Type GetType();

        public virtual string ToString() => GetType().ToString();
        public virtual bool Equals(object obj) => RuntimeHelpers.ReferenceEquals(this, obj);
        public virtual int GetHashCode() => RuntimeHelpers.GetHashCode(this);
        public static bool Equals(object objA, object objB)
        {
            if (objA == objB) return true;
            if (objA == null || objB == null) return false;
            return objA.Equals(objB);
        }
        public static bool ReferenceEquals(object objA, object objB) => objA == objB;

        [MethodImpl(MethodImplOptions.InternalCall)]
        protected extern object MemberwiseClone();
    }

    public abstract class ValueType
    {
        // Field-wise equality is done by the runtime, as CoreCLR's CanCompareBits/reflection path does.
        public override bool Equals(object obj)
        {
            if (obj == null || obj.GetType() != GetType()) return false;
            if (RuntimeHelpers.CanCompareBits(this)) return RuntimeHelpers.ValueTypeEquals(this, obj);
            // Otherwise field by field with Equals, as .NET's reflection path.
            int n = RuntimeHelpers.ValueTypeFieldCount(this);
            for (int i = 0; i < n; i++)
            {
                object a = RuntimeHelpers.ValueTypeField(this, i), b = RuntimeHelpers.ValueTypeField(obj, i);
                if (a == null) { if (b != null) return false; }
                else if (!a.Equals(b)) return false;
            }
            return true;
        }
        public override int GetHashCode()
        {
            if (RuntimeHelpers.CanCompareBits(this)) return RuntimeHelpers.ValueTypeHashCode(this);
            // As .NET: the type and the first field that is not a null reference, hashed with its GetHashCode.
            int n = RuntimeHelpers.ValueTypeFieldCount(this);
            int h = GetType().GetHashCode();
            for (int i = 0; i < n; i++)
            {
                object f = RuntimeHelpers.ValueTypeField(this, i);
                if (f != null) return h * 31 + f.GetHashCode();
            }
            return h;
        }
        public override string ToString() => GetType().ToString();
    }

    public struct Void { }
}
