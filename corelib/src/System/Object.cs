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
            return RuntimeHelpers.ValueTypeEquals(this, obj);
        }
        public override int GetHashCode() => RuntimeHelpers.ValueTypeHashCode(this);
        public override string ToString() => GetType().ToString();
    }

    public struct Void { }
}
