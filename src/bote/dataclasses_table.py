"""The methods of bote's dataclasses, compiled ahead of time: written by
`python -m bote.dataclasses_gen`, do not edit (see `bote.dataclasses_compiled`).

Each function below is the verbatim text `dataclasses` writes for one
method of one or more of bote's classes, and MAKERS maps the SHA-256 of
that text to it."""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

#: The fingerprint (`code_fingerprint`) of the `dataclasses._create_fn` these texts were recorded from.
CREATE_FN = (b'\x97\x00|\x04\x80\x02i\x00}\x04d\x01}\x06|\x05t\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00u\x01r\x07|\x05|\x04d\x02<\x00\x00\x00d\x03}\x06d\x04\xa0\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00|\x01\xa6\x01\x00\x00\xab\x01\x00\x00\x00\x00\x00\x00\x00\x00}\x01d\x05\xa0\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00d\x06\x84\x00|\x02D\x00\xa6\x00\x00\x00\xab\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa6\x01\x00\x00\xab\x01\x00\x00\x00\x00\x00\x00\x00\x00}\x02d\x07|\x00\x9b\x00d\x08|\x01\x9b\x00d\t|\x06\x9b\x00d\n|\x02\x9b\x00\x9d\x08}\x07d\x0b\xa0\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00|\x04\xa0\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa6\x00\x00\x00\xab\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa6\x01\x00\x00\xab\x01\x00\x00\x00\x00\x00\x00\x00\x00}\x08d\x0c|\x08\x9b\x00d\r|\x07\x9b\x00d\x0e|\x00\x9b\x00\x9d\x06}\x07i\x00}\tt\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00|\x07|\x03|\t\xa6\x03\x00\x00\xab\x03\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x02\x00|\td\x0f\x19\x00\x00\x00\x00\x00\x00\x00\x00\x00d\x10i\x00|\x04\xa4\x01\x8e\x01S\x00', (None, '', '_return_type', '->_return_type', ',', '\n', (b'K\x00\x01\x00\x97\x00|\x00]\t}\x01d\x00|\x01\x9b\x00\x9d\x02V\x00\x97\x01\x01\x00\x8c\nd\x01S\x00', ('  ', None)), ' def ', '(', ')', ':\n', ', ', 'def __create_fn__(', '):\n', '\n return ', '__create_fn__', ()))

#: `followed_fingerprint()` of the `dataclasses` the recipes were recorded from.
FOLLOWED = '23ebef75d3e855a40a5323a31daede84111bcb7820acc28afce72fd8049cfd0d'

MAKERS = {}

def __create_fn__(_type_file, _type_line, _type_column, _type_end_line, _type_end_column, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,file:_type_file,line:_type_line,column:_type_column,end_line:_type_end_line,end_column:_type_end_column)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'end_line',end_line)
  __dataclass_builtins_object__.__setattr__(self,'end_column',end_column)
 return __init__
MAKERS['99df5eee97e1bc131c7ed8aaed8d31bbf9511898e372a4e83433d0f21ab0edf6'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r}, column={self.column!r}, end_line={self.end_line!r}, end_column={self.end_column!r})"
 return __repr__
MAKERS['5ef6f3d1be42a6a6d3672973bac3f651ee6d263d37f4556b946ca40e1983779e'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,self.column,self.end_line,self.end_column,)==(other.file,other.line,other.column,other.end_line,other.end_column,)
  return NotImplemented
 return __eq__
MAKERS['512b26b798d4327c43aeab91eb96bc95b12ce28f8042dfad3dfdd973cd2a2f52'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file','line','column','end_line','end_column',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['9694d9ec6c6c409334504cae6fdfb6e97da82b7458d982f0580b7bf67dffa23d'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('file','line','column','end_line','end_column',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['9f1a2f97686e28225e5dd44ac999138b209a543c6844e650643a9bfb6c9ebc83'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.file,self.line,self.column,self.end_line,self.end_column,))
 return __hash__
MAKERS['b7553d1699e20c1f5b4323d0a45c6f53126c0fc92e51fdf431e911b3db073b01'] = __create_fn__

def __create_fn__(_type_kind, _type_message, _type_span, _type_hint, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_hint, _dflt_notes, _return_type):
 def __init__(self,kind:_type_kind,message:_type_message,span:_type_span,hint:_type_hint=_dflt_hint,notes:_type_notes=_dflt_notes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'hint',hint)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
 return __init__
MAKERS['096e13ebdfd6d40418b7be9944ce0b7220cd6e04b19972327485cdfc82d6fc31'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, message={self.message!r}, span={self.span!r}, hint={self.hint!r}, notes={self.notes!r})"
 return __repr__
MAKERS['ad164fa36b8560eb2dd008e5b4f3c85ba3c863b6264dedc4cb19b824cb5a90c3'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.message,self.span,self.hint,self.notes,)==(other.kind,other.message,other.span,other.hint,other.notes,)
  return NotImplemented
 return __eq__
MAKERS['b399c6994b80b34793a849d4294452236df990ce68de8675680d648607e12bc9'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','message','span','hint','notes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['54e8b63c99e450fe4f0338e0282db5261b349ace77f5bf0d787049a37c9bce85'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','message','span','hint','notes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['be55ed470376d9034d003078d815f8e340dccf1d1d00fd17cf8b731f4ff229c6'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.message,self.span,self.hint,self.notes,))
 return __hash__
MAKERS['7926729a7c6631d5794a745fc2dcee7c726c2192de6d03ca3b93832850d22ba2'] = __create_fn__

def __create_fn__(_type_value, _type_text, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value,text:_type_text,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['650210aee29cdc94505e918e1eeb3221369ad0e47f24b3f249bae79d9bfb9878'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, text={self.text!r}, span={self.span!r})"
 return __repr__
MAKERS['9e3f984488477862992a908bf39d22251b7ed3b981a7c937928f379c785b74e5'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.text,self.span,)==(other.value,other.text,other.span,)
  return NotImplemented
 return __eq__
MAKERS['cbfc7e51e99372e22b204145f764c56c17b25d905e731065787aa92e748c9a49'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','text','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['ea574cd1407807b664467abb3260daf82d0b98203b9363fc47f7f79a7fca1111'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','text','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['4203427ff98d9e1ad0df254dc99fe4f155cded4c819b70848eacac4876e3c3b0'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.value,self.text,self.span,))
 return __hash__
MAKERS['5ba1b4338e5b261b7d7b8d683c131f263636eabb8976ba6d84576ef10dd2cc8d'] = __create_fn__

def __create_fn__(_type_id, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,id:_type_id,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['425120338398bcfddd2523399cbe92f17109e26dd4e83027dbdde3ca2bec213d'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, span={self.span!r})"
 return __repr__
MAKERS['15edc7e7a8866f12aca0f990bb8903aeeddbc9eb61c16686e97e8aade3092499'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.span,)==(other.id,other.span,)
  return NotImplemented
 return __eq__
MAKERS['7d3f40d0066e8c870f8662d0ccc051ae2492a69135d0d1c9e7ed6e1296fa7bc3'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['0fc22076ea43c5c916cf49a3700d0fb77a1e0d3aefa104be57c285e8186a3430'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['327ca838b2c92d7b48c9abbb669f4805d050e25c166dec63255733de09863e84'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.span,))
 return __hash__
MAKERS['cbea84e94893ea7ed621ab4fa7662c9be66e09bdf9d4ea9be49581ab72069526'] = __create_fn__

def __create_fn__(_type_component, _type_figure, _type_span, _type_flow_class, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _return_type):
 def __init__(self,component:_type_component,figure:_type_figure,span:_type_span,flow_class:_type_flow_class=_dflt_flow_class)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'figure',figure)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)
 return __init__
MAKERS['a948f46ed99d924b30232223aee1dd1c041c45bc9ba19e8ee70a68ed9bced904'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(component={self.component!r}, figure={self.figure!r}, span={self.span!r}, flow_class={self.flow_class!r})"
 return __repr__
MAKERS['a5abe47d73cc8bcf88a864a3d3201310bf7df5a723bf1f979844176271aca9d7'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.component,self.figure,self.span,self.flow_class,)==(other.component,other.figure,other.span,other.flow_class,)
  return NotImplemented
 return __eq__
MAKERS['333814fc26529421c7657b66c984aaf37626bd8546e61ead5ebed517e7371395'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('component','figure','span','flow_class',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['566e484c55a3d4b912a79c39ce330adf585ff19cae38b72130580f0aaa1513f2'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('component','figure','span','flow_class',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['c8ed2abc306311274fca59b0323f1f874fe9f91ed3f5e823b675f738bc550b97'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.component,self.figure,self.span,self.flow_class,))
 return __hash__
MAKERS['e5bd935e6ca092c6efa5c3f9d065db566b1c9a2a469aec7804540e321d7ce599'] = __create_fn__

def __create_fn__(_type_function, _type_args, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,function:_type_function,args:_type_args,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'function',function)
  __dataclass_builtins_object__.__setattr__(self,'args',args)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['d5865128efae022a53cbabb42fd1b3f38b86fc2608829c3b2e7720428f610e09'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(function={self.function!r}, args={self.args!r}, span={self.span!r})"
 return __repr__
MAKERS['bc1feb65ebc2766fbabfa9b281d3da2c4ecb1882dce12b1e4c790baa2edeaa9f'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.function,self.args,self.span,)==(other.function,other.args,other.span,)
  return NotImplemented
 return __eq__
MAKERS['ea9609a15217f523698ad0d84580e1d6669c4b2e7cbf8a9a5ab4a92efb3c4591'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('function','args','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['17eb81506a2852c2f85fa97e77137a04ae110470affb83a07a468cdd7495ae83'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('function','args','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['2aaf758dd641fea8975efbd6c4d46425033223199a771eb56cd0c5160f49723f'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.function,self.args,self.span,))
 return __hash__
MAKERS['3ea8f2ef543425108eceacfb74fec5aee47bf76ef8e07fc709d30d4acd0f5f55'] = __create_fn__

def __create_fn__(_type_op, _type_left, _type_right, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,op:_type_op,left:_type_left,right:_type_right,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['6d212d7a69be3ed31ae1aace192d86196675c1228b1d653adfea983f32b0f9c7'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(op={self.op!r}, left={self.left!r}, right={self.right!r}, span={self.span!r})"
 return __repr__
MAKERS['e7c9cdef01495bd13d20f077f39ba88cea24287e8988b59dc58a73d7ea734a32'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.op,self.left,self.right,self.span,)==(other.op,other.left,other.right,other.span,)
  return NotImplemented
 return __eq__
MAKERS['b1206d678ddc1de2abd1705cc660277c9e0502666511ed8f30c0d5e894607bc2'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('op','left','right','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['10d99f0c5e97d50962b645055c7676a6b0f742a6c1e55a10b6c1395c50842d98'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('op','left','right','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['ab3afd71581163fe4e8254d5f1dff47ccb403f902b62c24547b76af9007f560d'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.op,self.left,self.right,self.span,))
 return __hash__
MAKERS['4a84b4d425bcdddc6f1495a2c21a7dd7c9308aefc1f7d212ad80df91af129807'] = __create_fn__

def __create_fn__(_type_op, _type_operand, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,op:_type_op,operand:_type_operand,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'operand',operand)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['574fc7b4f9edc838fdd7ecf5008d1e3779d4ab74648153088a95b9fdd799dcaf'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(op={self.op!r}, operand={self.operand!r}, span={self.span!r})"
 return __repr__
MAKERS['88d6919b7ff4ffdfa8b95b4f6daaf7c9034f23b18df898aa4bb45046f9c16b60'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.op,self.operand,self.span,)==(other.op,other.operand,other.span,)
  return NotImplemented
 return __eq__
MAKERS['458a840530466a6db69173f7b85de4c57477dc3f7da079b1b593e787c0ec53d0'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('op','operand','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['e49fed1fdaedc944e4fe94eecada5ff45d6cc5329d1fb937c628b5bc5daec410'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('op','operand','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['b45468b9b2090fba288c27fd02f254ac49c2c985cf37448bd85fe99cf0b7aadd'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.op,self.operand,self.span,))
 return __hash__
MAKERS['5cfba5502bf062c67b062272c3fdda6fbf9198ccc038a1833d64b64789889677'] = __create_fn__

def __create_fn__(_type_left, _type_right, _type_tolerance, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,left:_type_left,right:_type_right,tolerance:_type_tolerance,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'right',right)
  __dataclass_builtins_object__.__setattr__(self,'tolerance',tolerance)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['542bf94ec8c52c9f8683a3bb3417cb908c5339a94cea567ddbdf1cddbc785dbf'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(left={self.left!r}, right={self.right!r}, tolerance={self.tolerance!r}, span={self.span!r})"
 return __repr__
MAKERS['08b459a90039f58068ba64313d167c119f637fbdb2ed6c082bb4aa7becd569cd'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.left,self.right,self.tolerance,self.span,)==(other.left,other.right,other.tolerance,other.span,)
  return NotImplemented
 return __eq__
MAKERS['b21eefa2fb31c9202e9f9e32e28e88c9d6b0841ac25029f6353467319a678593'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('left','right','tolerance','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['7b3c0429e9bc1a4010ac2b7d1797c76afa92c87df7b0326e5ca7ad9a801481ed'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('left','right','tolerance','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['99788dfa7635f4a21bb3e83b19f8cbba12f54325cbcf81a1f359efce9748ffaf'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.left,self.right,self.tolerance,self.span,))
 return __hash__
MAKERS['6f4c510258dc2b4a627fc040e708f16456a662bf463e788a27302cd66d6e1b79'] = __create_fn__

def __create_fn__(_type_expr, _type_unit, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,expr:_type_expr,unit:_type_unit,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['0bf0283b25d1fe82a5111f9196ee295bc07da2e6653418ecdea73956728118d2'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expr={self.expr!r}, unit={self.unit!r}, span={self.span!r})"
 return __repr__
MAKERS['418dec0c5fb5968ff552218e137e24db1a6396685b1c3caf9fff938689554a7c'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expr,self.unit,self.span,)==(other.expr,other.unit,other.span,)
  return NotImplemented
 return __eq__
MAKERS['20b8ddfc5c4cb8b62f1a75a2f885b9607794b8af594b242f1cc3b11006522b72'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expr','unit','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['4103d5527e6006b0f1f012789b4d2ca50bffdcbbb1d7ba706f7438c1460ab068'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expr','unit','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['aea56b4af029564bf599de0b0893b2059b5845bdce4eefff06320009980f0a4b'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.expr,self.unit,self.span,))
 return __hash__
MAKERS['b65ee5ba4e73ce58cfd9290b41bd1e5deb127b11846fb8487afef85c5a398a0a'] = __create_fn__

def __create_fn__(_type_low, _type_high, _type_span, _type_to_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,low:_type_low,high:_type_high,span:_type_span,to_span:_type_to_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'low',low)
  __dataclass_builtins_object__.__setattr__(self,'high',high)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'to_span',to_span)
 return __init__
MAKERS['8c335c23076735f70eb29d25ad3d770307066f38fa87bcd3e71af2155fa1d642'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(low={self.low!r}, high={self.high!r}, span={self.span!r}, to_span={self.to_span!r})"
 return __repr__
MAKERS['af7d29d3bb77848556f0bf4244d93d58ef6cb1fd26b5e18b1549d7c3ed017293'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.low,self.high,self.span,self.to_span,)==(other.low,other.high,other.span,other.to_span,)
  return NotImplemented
 return __eq__
MAKERS['6a70e7a85783f25018a223ce61171e2ac356c753b5db58121e858ca95bf74914'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('low','high','span','to_span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['b807ff18938dd119c1c4a3f0ea4315be30238438599a048309139de21c95a2eb'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('low','high','span','to_span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['44066b3f9cbf7e9f66e876953b3126203f235a4c508e455b738798d60f80e353'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.low,self.high,self.span,self.to_span,))
 return __hash__
MAKERS['53371ee1cabc708699a841dd9e72d17da945ee1a8959a224d67efc62ed74cbf5'] = __create_fn__

def __create_fn__(_type_value, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,value:_type_value,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['5df4845186a580fcf97c4cbf1eb41905890e7e989460d510a0b73af5de9fbecb'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, span={self.span!r})"
 return __repr__
MAKERS['fc75d65ec87e8ad3728f6f0675ab53881886f03d207f9a04cf34932eed378edc'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.span,)==(other.value,other.span,)
  return NotImplemented
 return __eq__
MAKERS['f71aa89a4601472dc4612c7e433ecdf17d4b349fdec96bef199333a7c183d3b9'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['5fa79c066afc740ab32d960e6ea996b0e171f7c650c84b3aeb1b04a843491670'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['aa80eabba35d6930b4b25ef410fdc3a24eb125e4a070e4de719c276d60a60330'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.value,self.span,))
 return __hash__
MAKERS['5abece505047e1816d220a0a79cce1a11e8700b4f1fa0dd249d0a5e6d58ec4e7'] = __create_fn__

def __create_fn__(_type_name, _type_expr, _type_name_span, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,expr:_type_expr,name_span:_type_name_span,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['231b6ea2565261ee1e2a49347de34c04496f2153eab0b96e676a809ed15a2a77'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, expr={self.expr!r}, name_span={self.name_span!r}, span={self.span!r})"
 return __repr__
MAKERS['9a34ab0a0b6deb7d10fe71293591beb2bfb9631a1d7a36f6ca9fb35d83c83b71'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.expr,self.name_span,self.span,)==(other.name,other.expr,other.name_span,other.span,)
  return NotImplemented
 return __eq__
MAKERS['127aa23f0954b1c6f026c669542243de87b87c06e7e934fb41c605be165de3b7'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','expr','name_span','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['d502cca602ddfd6975beee3d8ff9d5aad68fb645f75650a8ed36509249ebc915'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','expr','name_span','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['8304bd0959e315d92b2450d1a1afe507e618e19c2fdd700e9b965d31e0ead95b'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.expr,self.name_span,self.span,))
 return __hash__
MAKERS['ba4f9e55c9b1d058efb2df39dc5410be829d03083c61b1128b13d8b79e7d8894'] = __create_fn__

def __create_fn__(_type_names, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,names:_type_names,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'names',names)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['ffb93acd4393545502a3a9f57cc86c6c60f6ea03757476d84c32074db2dcde2e'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(names={self.names!r}, span={self.span!r})"
 return __repr__
MAKERS['245318b51ffbccce062ac350363e587836f87537d108d038791af4106a0a183e'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.names,self.span,)==(other.names,other.span,)
  return NotImplemented
 return __eq__
MAKERS['fe4f5c06fa1a29c6cb48f5f270d413f8b7d932ce343b07f5373b45f45bc09815'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('names','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['d92627e47c52e6980c19bedaf5222723a9476156000c1fa16351b2adea262dac'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('names','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['f03739fa270d1412d33ad816ee56c13522fcf5a6641803579d1123b38fad949b'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.names,self.span,))
 return __hash__
MAKERS['665bc29ebe3c913dd5b5934bf403112474686a5e794ae7ecf5c694fe3e9a739a'] = __create_fn__

def __create_fn__(_type_name, _type_expr, _type_name_span, _type_span, _type_flow_class, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _return_type):
 def __init__(self,name:_type_name,expr:_type_expr,name_span:_type_name_span,span:_type_span,flow_class:_type_flow_class=_dflt_flow_class)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)
 return __init__
MAKERS['df49829c211bdb3a4652227ad95608108f43195bcebee9ab0fd2d8930b3e4d0f'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, expr={self.expr!r}, name_span={self.name_span!r}, span={self.span!r}, flow_class={self.flow_class!r})"
 return __repr__
MAKERS['f45ee1568da8171949c08f466349fc272209a78a458347d97bd44952d83e5134'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.expr,self.name_span,self.span,self.flow_class,)==(other.name,other.expr,other.name_span,other.span,other.flow_class,)
  return NotImplemented
 return __eq__
MAKERS['7fe9025a6088656c2a02880fb87424d71251c06f06b3f1646f33ee724d3af716'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','expr','name_span','span','flow_class',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['733d2166bd09bd8fda77efa9e98de53fd8274566a6969fecdf938628ad72c35c'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','expr','name_span','span','flow_class',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['a32c867758d4ec6237a391590cc4674d26292e771cf5dba5ec39d12a9689dbf1'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.expr,self.name_span,self.span,self.flow_class,))
 return __hash__
MAKERS['88958d86424d4b6a7b9527e6ec98753e4e89a8cf8b56972e6635509b51f7acc2'] = __create_fn__

def __create_fn__(_type_name, _type_properties, _type_name_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,properties:_type_properties,name_span:_type_name_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'properties',properties)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
 return __init__
MAKERS['1d659c5632069e10781bc2234cc2fd1ec0c637ae3fce238f4158d365fb723647'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, properties={self.properties!r}, name_span={self.name_span!r})"
 return __repr__
MAKERS['8403ab791c3803ddd21e826ea1afdb374724d84bf9e679056628749e00a1c7d1'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.properties,self.name_span,)==(other.name,other.properties,other.name_span,)
  return NotImplemented
 return __eq__
MAKERS['e60043b5f3573e2b68b8a28edc7d90c30446f3e9dfb607319b993a59dd8efe61'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','properties','name_span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['88d8ba615135daadf1216743b6584baab1dc2df2eef3f46ab0038009abad226a'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','properties','name_span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['4cb5b2d41db8a19eeac98aedf8ee07b455b4fbeee77e7642b6a5c247b5e77763'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.properties,self.name_span,))
 return __hash__
MAKERS['2940d6f069ce5d699484c75ceb41406b9d371d13b5f475ab283d6a5817530f8d'] = __create_fn__

def __create_fn__(_type_source, _type_target, _type_multiplier, _type_source_span, _type_target_span, _type_flow_class, _type_batch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _dflt_batch, _return_type):
 def __init__(self,source:_type_source,target:_type_target,multiplier:_type_multiplier,source_span:_type_source_span,target_span:_type_target_span,flow_class:_type_flow_class=_dflt_flow_class,batch:_type_batch=_dflt_batch)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)
  __dataclass_builtins_object__.__setattr__(self,'source_span',source_span)
  __dataclass_builtins_object__.__setattr__(self,'target_span',target_span)
  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)
  __dataclass_builtins_object__.__setattr__(self,'batch',batch)
 return __init__
MAKERS['9c6fdec5e8f76acc37487c25ba20d0421e01b439b285c72672c7956bdeb80932'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, target={self.target!r}, multiplier={self.multiplier!r}, source_span={self.source_span!r}, target_span={self.target_span!r}, flow_class={self.flow_class!r}, batch={self.batch!r})"
 return __repr__
MAKERS['e4f70e8e798861748f80a6990c2b816a2f7e4c1a5e952d52860a282140ace65e'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.target,self.multiplier,self.source_span,self.target_span,self.flow_class,self.batch,)==(other.source,other.target,other.multiplier,other.source_span,other.target_span,other.flow_class,other.batch,)
  return NotImplemented
 return __eq__
MAKERS['d5b50baf863afa3b73d8666b434448f3e9fee9ed2591db2b74a1bfe646201bc3'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','target','multiplier','source_span','target_span','flow_class','batch',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['b29e0ab7470f8b19bac16c10c23b1f1adb6ca4255e54178fdb4fc14b9d563b46'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','target','multiplier','source_span','target_span','flow_class','batch',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['34d68890309dc3ce58f1e78bb3e0b0e5ebfa258e8db660e8ed88ebda913c92d0'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.target,self.multiplier,self.source_span,self.target_span,self.flow_class,self.batch,))
 return __hash__
MAKERS['720d717e079c2e711395ee7c0c227031ea78f25827851ba3e56eba5c7340d956'] = __create_fn__

def __create_fn__(_type_edges, _type_span, _type_name, _type_name_span, _type_settings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _dflt_name_span, _dflt_settings, _return_type):
 def __init__(self,edges:_type_edges,span:_type_span,name:_type_name=_dflt_name,name_span:_type_name_span=_dflt_name_span,settings:_type_settings=_dflt_settings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'edges',edges)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'settings',settings)
 return __init__
MAKERS['c285584fb97fc213b216aad4e6d90bd0391b92896d85f48b0ebab1fe87bd871f'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(edges={self.edges!r}, span={self.span!r}, name={self.name!r}, name_span={self.name_span!r}, settings={self.settings!r})"
 return __repr__
MAKERS['ca191d8175728156108c5643ecd795dc39e4fbb7dcaeb7785af48708e77243a2'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.edges,self.span,self.name,self.name_span,self.settings,)==(other.edges,other.span,other.name,other.name_span,other.settings,)
  return NotImplemented
 return __eq__
MAKERS['e36dc1fddd8345d16d48522be616573a430d05cf91ce296b21bcf8ab3833bfda'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('edges','span','name','name_span','settings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['3f0d0a4b064777d50cdd94a89b8447f285f16ba0e364cd95212b95a4422fee59'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('edges','span','name','name_span','settings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['8d18945f671c8552d422d17bb92e59c44296cd8e8701d3cccb7a78c8c31bf0b7'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.edges,self.span,self.name,self.name_span,self.settings,))
 return __hash__
MAKERS['32d9aa7e378830f0a5f684433a83e6c80c4b30437dc84d8e4db6e79027583104'] = __create_fn__

def __create_fn__(_type_expr, _type_text, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,expr:_type_expr,text:_type_text,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['571365577c968b4d1cb14244fce5161b6da2ee2524a68b6a7666356eb7f6756f'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expr={self.expr!r}, text={self.text!r}, span={self.span!r})"
 return __repr__
MAKERS['65955550f21ccfea6ce85c1bbb057acc759b2081b269fd251ab41377e696ddd0'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expr,self.text,self.span,)==(other.expr,other.text,other.span,)
  return NotImplemented
 return __eq__
MAKERS['14e5272d58d592bb3b0e46671ba79368b0445401486d9c344c3b7e162dedc401'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expr','text','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['08a587b6cea810970a9b3f90c8cccbefb0e02cae0b2305ba585eb714a7925f76'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expr','text','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['e601621c601a825110f3e59c43fe55c72820fdc12ef929cd5e9842f00952b9e2'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.expr,self.text,self.span,))
 return __hash__
MAKERS['0109dd5ed66d5ae962ea043829f89253918ddac49c8c87c51dce0a7c68bc98a5'] = __create_fn__

def __create_fn__(_type_component, _type_name, _type_expr, _type_name_span, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,component:_type_component,name:_type_name,expr:_type_expr,name_span:_type_name_span,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['4d3fd0931b1fbaca93ed0cd352605e849dba1612f1bf88d0dd9db8639014471c'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(component={self.component!r}, name={self.name!r}, expr={self.expr!r}, name_span={self.name_span!r}, span={self.span!r})"
 return __repr__
MAKERS['ae5b546147a2f116801dd1024b43a9964e392af3e9ec21cc5e3d7b2fcf3e4103'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.component,self.name,self.expr,self.name_span,self.span,)==(other.component,other.name,other.expr,other.name_span,other.span,)
  return NotImplemented
 return __eq__
MAKERS['c2637e50087d535a1681461b152d3001b319d26c74d50c44faccefd57bef5f77'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('component','name','expr','name_span','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['17b5f6eee51c34c2c1a383b22dee7bdf60c7f31b3f621ad457892909e028beb2'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('component','name','expr','name_span','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['665167e361d5ff19d71df27fa2788f229f97f128f8760bdea57deb13cdbca598'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.component,self.name,self.expr,self.name_span,self.span,))
 return __hash__
MAKERS['53ca0fa2fc1a01c81b0bb5f7dee05ad0a8f2a3442718a8f6068112cc4193499e'] = __create_fn__

def __create_fn__(_type_name, _type_statements, _type_name_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,statements:_type_statements,name_span:_type_name_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'statements',statements)
  __dataclass_builtins_object__.__setattr__(self,'name_span',name_span)
 return __init__
MAKERS['e1e4aed40ba9ea3c8edb6255c66b8fd72d638401607650b64462c363590ed7c4'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, statements={self.statements!r}, name_span={self.name_span!r})"
 return __repr__
MAKERS['c5867332f869740dcd3df2b29c11b10f455b0496a9fa7506b8d7208802c0db11'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.statements,self.name_span,)==(other.name,other.statements,other.name_span,)
  return NotImplemented
 return __eq__
MAKERS['d19d35fcd2f53a90b4e73c17e8f05ebaca20894c5e75920cec403143f76b6c89'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','statements','name_span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['57b63348e14a87fca6de4dffe064d94749f2cf1147175c066b53f795b7a9adea'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','statements','name_span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['1628c7fe2e9751b85f0d6c05f6a2e4f8b7ca70ba3a44ab79bf867b8fbda7aec5'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.statements,self.name_span,))
 return __hash__
MAKERS['3180f085413409a71ac1e7f6276bf70aaccd315d0e33e514f587b84157518366'] = __create_fn__

def __create_fn__(_type_statements, _type_filename, _type_source, _type_extra, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_extra, _return_type):
 def __init__(self,statements:_type_statements,filename:_type_filename,source:_type_source,extra:_type_extra=_dflt_extra)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'statements',statements)
  __dataclass_builtins_object__.__setattr__(self,'filename',filename)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'extra',extra)
 return __init__
MAKERS['1cd69edcd13ab719b164f40c95abc6d11bc5afab32b8a2ff3159f35497ea74f8'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(statements={self.statements!r}, filename={self.filename!r}, source={self.source!r}, extra={self.extra!r})"
 return __repr__
MAKERS['665f0885fdb617680e91a12e55fd6f862ef85b2a9732ce3ee94615cc39df15e2'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.statements,self.filename,self.source,self.extra,)==(other.statements,other.filename,other.source,other.extra,)
  return NotImplemented
 return __eq__
MAKERS['2aa998e10d5e135fea6821a04c7124466b17453e899ad1d6425e72a660c72370'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('statements','filename','source','extra',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['9155237ed7e673573858fbc1e84ac11fe81370be936ffd58745464656c10b087'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('statements','filename','source','extra',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['c31a349e3c265593bd42debf65daaaffba36814b78f04246ffe8dbafc8b73c8a'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.statements,self.filename,self.source,self.extra,))
 return __hash__
MAKERS['ce45865038000aa6922eb1a272bacc998727ebfc5ac4dd4766c355152d09d3d6'] = __create_fn__

def __create_fn__(_type_name, _type_symbol, _type_factor, _type_dims, _type_kind, _type_labels, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_labels, _return_type):
 def __init__(self,name:_type_name,symbol:_type_symbol,factor:_type_factor,dims:_type_dims,kind:_type_kind,labels:_type_labels=_dflt_labels)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'symbol',symbol)
  __dataclass_builtins_object__.__setattr__(self,'factor',factor)
  __dataclass_builtins_object__.__setattr__(self,'dims',dims)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'labels',labels)
 return __init__
MAKERS['468d322e9c7fd6c9d1ff68fe67021058cb4afcd075645b763e6c956beffbe841'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, symbol={self.symbol!r}, factor={self.factor!r}, dims={self.dims!r}, kind={self.kind!r}, labels={self.labels!r})"
 return __repr__
MAKERS['007660ae1ff895ce296d1649ff65a7fd990528545f7b48a78c3715da48e3d982'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.symbol,self.factor,self.dims,self.kind,self.labels,)==(other.name,other.symbol,other.factor,other.dims,other.kind,other.labels,)
  return NotImplemented
 return __eq__
MAKERS['ff14dee3584b8cc09fd55109e154d708d436f0ec278756099e8573a2b269f682'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','symbol','factor','dims','kind','labels',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['a5f69f214cf436252d1c40611e73c3bdb895843f446f5c34669d33e2a526064b'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','symbol','factor','dims','kind','labels',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['1b09b7c9040e9dd74561050374a9aedb5ebc38136fb0ef62e7d45c9e813b05bb'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.symbol,self.factor,self.dims,self.kind,self.labels,))
 return __hash__
MAKERS['e155d88f018d5933b1ee0c9e88cb8382d9c7ebd8ff10a571b1f3ac92ee2f8ebc'] = __create_fn__

def __create_fn__(_type_magnitude, _type_dims, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_dims, _dflt_unit, _return_type):
 def __init__(self,magnitude:_type_magnitude,dims:_type_dims=_dflt_dims,unit:_type_unit=_dflt_unit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'magnitude',magnitude)
  __dataclass_builtins_object__.__setattr__(self,'dims',dims)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
 return __init__
MAKERS['12704c3b34606fb987a099e79e02ca8cc2839b8c7536f2c18be44bf75439d1f4'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(magnitude={self.magnitude!r}, dims={self.dims!r}, unit={self.unit!r})"
 return __repr__
MAKERS['6ee6a8d28413c3b2e7b2a8e5bfdd123416d5b48d5ba8c810bef72180fdff8afa'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.magnitude,self.dims,self.unit,)==(other.magnitude,other.dims,other.unit,)
  return NotImplemented
 return __eq__
MAKERS['ca0240848de97722ea549555ea15aa6680694b5418c52e4e906b22bb0b270525'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('magnitude','dims','unit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['f25eabe9c5d4eeb6242a97029651fb50c563be6997e74b3c225ff961bbb331e6'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('magnitude','dims','unit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['a005eeb978e6be24feea624b5301e16e6b40236ab3e19a2c7888d84977cb1cb5'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.magnitude,self.dims,self.unit,))
 return __hash__
MAKERS['acb6121b62c504c657f5027adb34147d43801e21fdbb520738ad345951449a4a'] = __create_fn__

def __create_fn__(_type_kind, _type_key, _type_figure, _type_flow_class, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_key, _dflt_figure, _dflt_flow_class, _return_type):
 def __init__(self,kind:_type_kind,key:_type_key=_dflt_key,figure:_type_figure=_dflt_figure,flow_class:_type_flow_class=_dflt_flow_class)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'key',key)
  __dataclass_builtins_object__.__setattr__(self,'figure',figure)
  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)
 return __init__
MAKERS['7438bb13cb05dd524ffc0bab6e8dcb78b3d68213f303b50b1292c8afdce9f3c3'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, key={self.key!r}, figure={self.figure!r}, flow_class={self.flow_class!r})"
 return __repr__
MAKERS['3dcf0cdba98e361cbe39a5dd21ce6c7eee1e3c4824054ac0685f9da10cd9d516'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.key,self.figure,self.flow_class,)==(other.kind,other.key,other.figure,other.flow_class,)
  return NotImplemented
 return __eq__
MAKERS['53e0145fb7f6c42c3ebf2c98873069729051e823a41859f0b3a9505724453668'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','key','figure','flow_class',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['288a05b9d344be3a2492ffb564c28330d5d7c39ad351164a41b9d57bda83938a'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','key','figure','flow_class',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['8c0a6ec78156e2012cd9085a18b0d01bcf7de12f985b4078897a6e7c04dbdb1e'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.key,self.figure,self.flow_class,))
 return __hash__
MAKERS['9f52f735c55fd40b99643ac32cbf28ae39bf6a39439270a0c469e65d7a14d62f'] = __create_fn__

def __create_fn__(_type_magnitude, _type_dims, _type_unit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,magnitude:_type_magnitude,dims:_type_dims,unit:_type_unit)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'magnitude',magnitude)
  __dataclass_builtins_object__.__setattr__(self,'dims',dims)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
 return __init__
MAKERS['4879b554f069655cb723013681e0693f6441eabec202f0c8b63ebea9f2b10174'] = __create_fn__

def __create_fn__(_type_expr, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,expr:_type_expr)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'expr',expr)
 return __init__
MAKERS['8cab9cd343a4b367dfafbf58bede20c1d825b56406be9a7e62f4019b2b5f8d23'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(expr={self.expr!r})"
 return __repr__
MAKERS['00607cbc1a36eb70e6ba0d037b2a38757a1eb3a7ccace25ad7790e1901279ac0'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.expr,)==(other.expr,)
  return NotImplemented
 return __eq__
MAKERS['049284e1634f909936f889be292671562b5786019550e4f661647fe58a793adf'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('expr',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['e67092e42884c0318e82f39db157e96babd993a2c98a8fb8c4256a9d65042b2b'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('expr',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['0dceeefa68723b384bb53728b135d6239660e60cb1f841b4893e4738a545223a'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.expr,))
 return __hash__
MAKERS['f026bd8e2dae3e9c6af44ad340f9ac816afe769b77061ecc572be5d3e34c4f5f'] = __create_fn__

def __create_fn__(_type_properties, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,properties:_type_properties)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'properties',properties)
 return __init__
MAKERS['c213ced54f45e1756cb26bb982291a247482eb608d75422c6bdc396e7d2ab04a'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(properties={self.properties!r})"
 return __repr__
MAKERS['d521b0baffa50feba03e7fbc7ddb9187174a9c9ae0517c93b2322cf6f67f90e7'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.properties,)==(other.properties,)
  return NotImplemented
 return __eq__
MAKERS['276afb16fe6a02ea27877725f672340fe1d7f4d91b0f684c997ab64701e97945'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('properties',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['68537a111d9069d362bfadf9ae8d04f9a5dd1318390fba77c141729dec9c355c'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('properties',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['7495970d2fd91bf25c5cea266789e198d0bdde79e256c1d9eaa44314d6182053'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.properties,))
 return __hash__
MAKERS['6e0bb7e5c7b9c3cb9ea01122de1cce0f49c409b2f4b55755053a869cf7762ff7'] = __create_fn__

def __create_fn__(_type_samples, _type_seed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_samples, _dflt_seed, _return_type):
 def __init__(self,samples:_type_samples=_dflt_samples,seed:_type_seed=_dflt_seed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'samples',samples)
  __dataclass_builtins_object__.__setattr__(self,'seed',seed)
  self.__post_init__()
 return __init__
MAKERS['9982bb1e0177c22e0e4f3f37a26e3258e97ad18dd604e3500f640038da3a2a07'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(samples={self.samples!r}, seed={self.seed!r})"
 return __repr__
MAKERS['f28da9c06a3967b76ac071d60d834c2006bca0fe3d0d40e7645f39a1366e22f2'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.samples,self.seed,)==(other.samples,other.seed,)
  return NotImplemented
 return __eq__
MAKERS['01357f1290fb9a4e009b9ef1269e44a2848e8615bf1dbc4e4536137e6ca5ec7d'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('samples','seed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['d55f2f4fb177331c2bfd48c7fd732765483f8588f1151a343a74175644305526'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('samples','seed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['860b0c263d856c2a9884409a273b76d549beda33b38849aaf3ce1d43e8479bfe'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.samples,self.seed,))
 return __hash__
MAKERS['957aa8df1b37e06c8850fbfd44d2830e114d67b0e4e162f0e70eabc54e66117a'] = __create_fn__

def __create_fn__(_type_load, _type_capacity, _type_max_utilization, _type_redundancy, _type_scaling, _type_needed_for_load, _type_needed_for_memory, _type_needed_for_storage, _type_needed_for_connections, _type_needed_for_latency, _type_needed, _type_instances, _type_provisioned, _type_utilization, _type_utilization_one_down, _type_memory_total, _type_storage_total, _type_size_at, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_size_at, _return_type):
 def __init__(self,load:_type_load,capacity:_type_capacity,max_utilization:_type_max_utilization,redundancy:_type_redundancy,scaling:_type_scaling,needed_for_load:_type_needed_for_load,needed_for_memory:_type_needed_for_memory,needed_for_storage:_type_needed_for_storage,needed_for_connections:_type_needed_for_connections,needed_for_latency:_type_needed_for_latency,needed:_type_needed,instances:_type_instances,provisioned:_type_provisioned,utilization:_type_utilization,utilization_one_down:_type_utilization_one_down,memory_total:_type_memory_total,storage_total:_type_storage_total,size_at:_type_size_at=_dflt_size_at)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'load',load)
  __dataclass_builtins_object__.__setattr__(self,'capacity',capacity)
  __dataclass_builtins_object__.__setattr__(self,'max_utilization',max_utilization)
  __dataclass_builtins_object__.__setattr__(self,'redundancy',redundancy)
  __dataclass_builtins_object__.__setattr__(self,'scaling',scaling)
  __dataclass_builtins_object__.__setattr__(self,'needed_for_load',needed_for_load)
  __dataclass_builtins_object__.__setattr__(self,'needed_for_memory',needed_for_memory)
  __dataclass_builtins_object__.__setattr__(self,'needed_for_storage',needed_for_storage)
  __dataclass_builtins_object__.__setattr__(self,'needed_for_connections',needed_for_connections)
  __dataclass_builtins_object__.__setattr__(self,'needed_for_latency',needed_for_latency)
  __dataclass_builtins_object__.__setattr__(self,'needed',needed)
  __dataclass_builtins_object__.__setattr__(self,'instances',instances)
  __dataclass_builtins_object__.__setattr__(self,'provisioned',provisioned)
  __dataclass_builtins_object__.__setattr__(self,'utilization',utilization)
  __dataclass_builtins_object__.__setattr__(self,'utilization_one_down',utilization_one_down)
  __dataclass_builtins_object__.__setattr__(self,'memory_total',memory_total)
  __dataclass_builtins_object__.__setattr__(self,'storage_total',storage_total)
  __dataclass_builtins_object__.__setattr__(self,'size_at',size_at)
 return __init__
MAKERS['4d96d579ea17b0855d16b128be3cddad0e5c0d6f138517ad1bd0f490bde6de0a'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(load={self.load!r}, capacity={self.capacity!r}, max_utilization={self.max_utilization!r}, redundancy={self.redundancy!r}, scaling={self.scaling!r}, needed_for_load={self.needed_for_load!r}, needed_for_memory={self.needed_for_memory!r}, needed_for_storage={self.needed_for_storage!r}, needed_for_connections={self.needed_for_connections!r}, needed_for_latency={self.needed_for_latency!r}, needed={self.needed!r}, instances={self.instances!r}, provisioned={self.provisioned!r}, utilization={self.utilization!r}, utilization_one_down={self.utilization_one_down!r}, memory_total={self.memory_total!r}, storage_total={self.storage_total!r}, size_at={self.size_at!r})"
 return __repr__
MAKERS['cf80b37f35e4acb54728ab2308c951fa8531a642745fb7229a283834b0f46097'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.load,self.capacity,self.max_utilization,self.redundancy,self.scaling,self.needed_for_load,self.needed_for_memory,self.needed_for_storage,self.needed_for_connections,self.needed_for_latency,self.needed,self.instances,self.provisioned,self.utilization,self.utilization_one_down,self.memory_total,self.storage_total,self.size_at,)==(other.load,other.capacity,other.max_utilization,other.redundancy,other.scaling,other.needed_for_load,other.needed_for_memory,other.needed_for_storage,other.needed_for_connections,other.needed_for_latency,other.needed,other.instances,other.provisioned,other.utilization,other.utilization_one_down,other.memory_total,other.storage_total,other.size_at,)
  return NotImplemented
 return __eq__
MAKERS['1db086aca13dbb8b41140e848299c5ec04054eeccd50b2a9af046400b2a6c93d'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('load','capacity','max_utilization','redundancy','scaling','needed_for_load','needed_for_memory','needed_for_storage','needed_for_connections','needed_for_latency','needed','instances','provisioned','utilization','utilization_one_down','memory_total','storage_total','size_at',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['cbb55a709375d388dc9d63871ccbd2e9dc51009467a28624ac6aa28f2c4f0412'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('load','capacity','max_utilization','redundancy','scaling','needed_for_load','needed_for_memory','needed_for_storage','needed_for_connections','needed_for_latency','needed','instances','provisioned','utilization','utilization_one_down','memory_total','storage_total','size_at',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['e82471683545a17b7a1d4af4069692695b5e41a9111f9f9c78052c4928605270'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.load,self.capacity,self.max_utilization,self.redundancy,self.scaling,self.needed_for_load,self.needed_for_memory,self.needed_for_storage,self.needed_for_connections,self.needed_for_latency,self.needed,self.instances,self.provisioned,self.utilization,self.utilization_one_down,self.memory_total,self.storage_total,self.size_at,))
 return __hash__
MAKERS['360b7afbe478655047354cbb75b79a67d5bb6051bea7d64e596d952b2862811d'] = __create_fn__

def __create_fn__(_type_name, _type_value, _type_formula, _type_inputs, _type_span, _type_equation, _type_written, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_equation, _dflt_written, _return_type):
 def __init__(self,name:_type_name,value:_type_value,formula:_type_formula,inputs:_type_inputs,span:_type_span,equation:_type_equation=_dflt_equation,written:_type_written=_dflt_written)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'formula',formula)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'equation',equation)
  __dataclass_builtins_object__.__setattr__(self,'written',written)
 return __init__
MAKERS['256ff6a11b41f13834041f853ec38584eee6c7a60ed558145401811e879ffc93'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, value={self.value!r}, formula={self.formula!r}, inputs={self.inputs!r}, span={self.span!r}, equation={self.equation!r}, written={self.written!r})"
 return __repr__
MAKERS['2f1e3afed27f70f38efe3766b5536e96d4e281e805fd3c1165ee0a2491d36cc3'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.value,self.formula,self.inputs,self.span,self.equation,self.written,)==(other.name,other.value,other.formula,other.inputs,other.span,other.equation,other.written,)
  return NotImplemented
 return __eq__
MAKERS['427bef1a1c1b51937c06e00ff058446f8effaf2be6582370a1326992e7c1462d'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','value','formula','inputs','span','equation','written',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['596bcbe98def2de20049c234d188edca9408c9f77ac2a7da23b8800cc57dce6b'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','value','formula','inputs','span','equation','written',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['9a7d895a7915f94d1bd0f83ddebaa70ea0d5448daf69bf676aaec2e699276abd'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.value,self.formula,self.inputs,self.span,self.equation,self.written,))
 return __hash__
MAKERS['4baa46d38b79d5114f4d5de46fc6e400d89ebb37f03bad3f3e5f4366b8b59338'] = __create_fn__

def __create_fn__(_type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_figures, _return_type):
 def __init__(self,figures:_type_figures=_HAS_DEFAULT_FACTORY)->_return_type:
  self.figures=_dflt_figures() if figures is _HAS_DEFAULT_FACTORY else figures
 return __init__
MAKERS['5b0c547c3d83e59f1afda750a320b2e7e99989b53df3c45ec8acf15114a4cc69'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(figures={self.figures!r})"
 return __repr__
MAKERS['445910d2aadc550a651d6835b82dd51de3640a7f22fc2b21c241d75266636d02'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.figures,)==(other.figures,)
  return NotImplemented
 return __eq__
MAKERS['c1e940948123a57bd75690f253389faf3deac0c789dc8f06ef611ffbdb4bcc39'] = __create_fn__

def __create_fn__(_type_wait_probability, _type_mean_wait, _type_mean_response, _type_in_flight, _type_utilization, _type_servers, _type_instance_arrival_rate, _type_service_time, _type__percentiles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt__percentiles, _return_type):
 def __init__(self,wait_probability:_type_wait_probability,mean_wait:_type_mean_wait,mean_response:_type_mean_response,in_flight:_type_in_flight,utilization:_type_utilization,servers:_type_servers,instance_arrival_rate:_type_instance_arrival_rate,service_time:_type_service_time)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'wait_probability',wait_probability)
  __dataclass_builtins_object__.__setattr__(self,'mean_wait',mean_wait)
  __dataclass_builtins_object__.__setattr__(self,'mean_response',mean_response)
  __dataclass_builtins_object__.__setattr__(self,'in_flight',in_flight)
  __dataclass_builtins_object__.__setattr__(self,'utilization',utilization)
  __dataclass_builtins_object__.__setattr__(self,'servers',servers)
  __dataclass_builtins_object__.__setattr__(self,'instance_arrival_rate',instance_arrival_rate)
  __dataclass_builtins_object__.__setattr__(self,'service_time',service_time)
  __dataclass_builtins_object__.__setattr__(self,'_percentiles',_dflt__percentiles())
 return __init__
MAKERS['36a1dba6c79f171c5ed42b8748742fa438339af3993aa86c155540ef0b48f4ba'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(wait_probability={self.wait_probability!r}, mean_wait={self.mean_wait!r}, mean_response={self.mean_response!r}, in_flight={self.in_flight!r}, utilization={self.utilization!r}, servers={self.servers!r}, instance_arrival_rate={self.instance_arrival_rate!r}, service_time={self.service_time!r})"
 return __repr__
MAKERS['1950dda03e56c1c0dded950b1334ea0d08df21ff2ed64862cc3af2be291b5ed0'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.wait_probability,self.mean_wait,self.mean_response,self.in_flight,self.utilization,self.servers,self.instance_arrival_rate,self.service_time,)==(other.wait_probability,other.mean_wait,other.mean_response,other.in_flight,other.utilization,other.servers,other.instance_arrival_rate,other.service_time,)
  return NotImplemented
 return __eq__
MAKERS['336c47dbc687dc57a9955125d64bdc36d8ccee386feac8c5e47a26748a785bca'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('wait_probability','mean_wait','mean_response','in_flight','utilization','servers','instance_arrival_rate','service_time','_percentiles',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['13d855b2f0d53c95080c08dbb5d460e940f40c9e1c72142c6e0bb9f10b8c641e'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('wait_probability','mean_wait','mean_response','in_flight','utilization','servers','instance_arrival_rate','service_time','_percentiles',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['aaf3eeff090d5b4b216428da904c03ef4d6106d6026db89c937cdae21f95c72c'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.wait_probability,self.mean_wait,self.mean_response,self.in_flight,self.utilization,self.servers,self.instance_arrival_rate,self.service_time,))
 return __hash__
MAKERS['019bfd522d74e92c050fa6b0ae459826d7f4ae49006efaab21025b9706550450'] = __create_fn__

def __create_fn__(_type_name, _type_dims, _type_meaning, _type_example, _type_default, _type_choices, _type_whole, _type_minimum, _type_maximum, _type_strictly_positive, _type_certain, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_example, _dflt_default, _dflt_choices, _dflt_whole, _dflt_minimum, _dflt_maximum, _dflt_strictly_positive, _dflt_certain, _return_type):
 def __init__(self,name:_type_name,dims:_type_dims,meaning:_type_meaning,example:_type_example=_dflt_example,default:_type_default=_dflt_default,choices:_type_choices=_dflt_choices,whole:_type_whole=_dflt_whole,minimum:_type_minimum=_dflt_minimum,maximum:_type_maximum=_dflt_maximum,strictly_positive:_type_strictly_positive=_dflt_strictly_positive,certain:_type_certain=_dflt_certain)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'dims',dims)
  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)
  __dataclass_builtins_object__.__setattr__(self,'example',example)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'choices',choices)
  __dataclass_builtins_object__.__setattr__(self,'whole',whole)
  __dataclass_builtins_object__.__setattr__(self,'minimum',minimum)
  __dataclass_builtins_object__.__setattr__(self,'maximum',maximum)
  __dataclass_builtins_object__.__setattr__(self,'strictly_positive',strictly_positive)
  __dataclass_builtins_object__.__setattr__(self,'certain',certain)
 return __init__
MAKERS['21a6e668285e9f14022c3303b2483908d0670c41c8fcde317d9e29f1054ad9d6'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, dims={self.dims!r}, meaning={self.meaning!r}, example={self.example!r}, default={self.default!r}, choices={self.choices!r}, whole={self.whole!r}, minimum={self.minimum!r}, maximum={self.maximum!r}, strictly_positive={self.strictly_positive!r}, certain={self.certain!r})"
 return __repr__
MAKERS['af41d0e9b614577394ece6a3b8d573809c39f048f9bd28d34b75fa5462e9ecc8'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.dims,self.meaning,self.example,self.default,self.choices,self.whole,self.minimum,self.maximum,self.strictly_positive,self.certain,)==(other.name,other.dims,other.meaning,other.example,other.default,other.choices,other.whole,other.minimum,other.maximum,other.strictly_positive,other.certain,)
  return NotImplemented
 return __eq__
MAKERS['a805f65add60e6fd86a5ee889b664f15f058b53674be71aece61a0948ab3d097'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','dims','meaning','example','default','choices','whole','minimum','maximum','strictly_positive','certain',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['796e77d9d3eaf23abfafe06251789c9f6b255b2545648568aff88105c78542dc'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','dims','meaning','example','default','choices','whole','minimum','maximum','strictly_positive','certain',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['a8904784ea1dcebd5ae8b0829838ab4052909ae0d6d8845a39016dcac597f823'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.dims,self.meaning,self.example,self.default,self.choices,self.whole,self.minimum,self.maximum,self.strictly_positive,self.certain,))
 return __hash__
MAKERS['3f1e38946d29951ea218a4a0eab07c352b1ffee96854064fd499e4524efc9250'] = __create_fn__

def __create_fn__(_type_target, _type_percentile, _type_achievable, _type_needed, _type_achieved, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,target:_type_target,percentile:_type_percentile,achievable:_type_achievable,needed:_type_needed,achieved:_type_achieved)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'percentile',percentile)
  __dataclass_builtins_object__.__setattr__(self,'achievable',achievable)
  __dataclass_builtins_object__.__setattr__(self,'needed',needed)
  __dataclass_builtins_object__.__setattr__(self,'achieved',achieved)
 return __init__
MAKERS['30c08d8b2060062c01a092b25dac7b696b3782ce7dc8ec9de9a5c8271de676d0'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(target={self.target!r}, percentile={self.percentile!r}, achievable={self.achievable!r}, needed={self.needed!r}, achieved={self.achieved!r})"
 return __repr__
MAKERS['0a72335ead04489afddfb80fb123de20eeb117382c49080b889bde6f73b09104'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.target,self.percentile,self.achievable,self.needed,self.achieved,)==(other.target,other.percentile,other.achievable,other.needed,other.achieved,)
  return NotImplemented
 return __eq__
MAKERS['629ceee9dd09c6ac0ba16fefb10dc621fdd9122b73b212d23246607c2a343075'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('target','percentile','achievable','needed','achieved',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['39fa4665a678af255aa94a5c50c0f2f475e80e6426c03f360fd49c8ee8177a1c'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('target','percentile','achievable','needed','achieved',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['166a4abaf34d4e9cd91b61b8562650266b2db895bcb380b87ef25e72a710eb95'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.target,self.percentile,self.achievable,self.needed,self.achieved,))
 return __hash__
MAKERS['dd8dc42548c70c7ef7253950c5543ce4fe4100b22e0604cbed2b61757c337950'] = __create_fn__

def __create_fn__(_type_sizing, _type_service_time, _type_workers, _type_queue, _type_stable, _type_latency, _type_connections, _type_max_connections, _type_time_until_full, _type_storage_horizon, _type_saturated, _type_figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_saturated, _dflt_figures, _return_type):
 def __init__(self,sizing:_type_sizing,service_time:_type_service_time,workers:_type_workers,queue:_type_queue,stable:_type_stable,latency:_type_latency,connections:_type_connections,max_connections:_type_max_connections,time_until_full:_type_time_until_full,storage_horizon:_type_storage_horizon,saturated:_type_saturated=_dflt_saturated,figures:_type_figures=_dflt_figures)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)
  __dataclass_builtins_object__.__setattr__(self,'service_time',service_time)
  __dataclass_builtins_object__.__setattr__(self,'workers',workers)
  __dataclass_builtins_object__.__setattr__(self,'queue',queue)
  __dataclass_builtins_object__.__setattr__(self,'stable',stable)
  __dataclass_builtins_object__.__setattr__(self,'latency',latency)
  __dataclass_builtins_object__.__setattr__(self,'connections',connections)
  __dataclass_builtins_object__.__setattr__(self,'max_connections',max_connections)
  __dataclass_builtins_object__.__setattr__(self,'time_until_full',time_until_full)
  __dataclass_builtins_object__.__setattr__(self,'storage_horizon',storage_horizon)
  __dataclass_builtins_object__.__setattr__(self,'saturated',saturated)
  __dataclass_builtins_object__.__setattr__(self,'figures',figures)
 return __init__
MAKERS['7f1d751125dffb00b47ff07327e70bfcbfe4514fb513795ba5a297264a72a437'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(sizing={self.sizing!r}, service_time={self.service_time!r}, workers={self.workers!r}, queue={self.queue!r}, stable={self.stable!r}, latency={self.latency!r}, connections={self.connections!r}, max_connections={self.max_connections!r}, time_until_full={self.time_until_full!r}, storage_horizon={self.storage_horizon!r}, saturated={self.saturated!r}, figures={self.figures!r})"
 return __repr__
MAKERS['38933480558e9b02253c77ef9a176ef9c5720e6fa83a7145ffa39692a5d2d214'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.sizing,self.service_time,self.workers,self.queue,self.stable,self.latency,self.connections,self.max_connections,self.time_until_full,self.storage_horizon,self.saturated,self.figures,)==(other.sizing,other.service_time,other.workers,other.queue,other.stable,other.latency,other.connections,other.max_connections,other.time_until_full,other.storage_horizon,other.saturated,other.figures,)
  return NotImplemented
 return __eq__
MAKERS['33b81493b2c97a205d18eb6987c55e35f6d0b822445c494b436850e9fcdd7806'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('sizing','service_time','workers','queue','stable','latency','connections','max_connections','time_until_full','storage_horizon','saturated','figures',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['45687ab9459eca01bf5faacd9eb0604938cb1760382941647a6f9eb2977af358'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('sizing','service_time','workers','queue','stable','latency','connections','max_connections','time_until_full','storage_horizon','saturated','figures',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['ac2d818e1b85d4d4c0cc825ad9057c48a528ccc6d4efdcc2ddf72ad2705d0b91'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.sizing,self.service_time,self.workers,self.queue,self.stable,self.latency,self.connections,self.max_connections,self.time_until_full,self.storage_horizon,self.saturated,self.figures,))
 return __hash__
MAKERS['dc39f9a0df13843feeb3447da02429345452fc8b2c68293077232e40518fe712'] = __create_fn__

def __create_fn__(_type_name, _type_formula, _type_inputs, _type_equation, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_equation, _return_type):
 def __init__(self,name:_type_name,formula:_type_formula,inputs:_type_inputs,equation:_type_equation=_dflt_equation)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'formula',formula)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'equation',equation)
 return __init__
MAKERS['f86e6bc453718d60c66287f3fb7c3dfda3f0a4cfccb993d66e83399afe6e109e'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, formula={self.formula!r}, inputs={self.inputs!r}, equation={self.equation!r})"
 return __repr__
MAKERS['4cfc9aa6901ba692a87e3333d8005b4c3ddf82940e8b3bc5f3ed8fae65cef325'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.formula,self.inputs,self.equation,)==(other.name,other.formula,other.inputs,other.equation,)
  return NotImplemented
 return __eq__
MAKERS['0c56bddeb7dae7911c11e035c54650ccea6a7bca3e5c4a014f5726b7261fcea3'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','formula','inputs','equation',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['80c2418441d12d3af737fdd8904fcae6ecf91afc07cebb2391dc15acd477bf7c'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','formula','inputs','equation',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['dc73e31031ff9b0edbf1355b4c0d193eeaf84215f21ec0bde0691d758f88c5a2'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.formula,self.inputs,self.equation,))
 return __hash__
MAKERS['f03980e4efd386a5f42509573d79aeba5fc12280d7a3dc10f1e6a561544ae72e'] = __create_fn__

def __create_fn__(_type_component, _type_kind, _type_severity, _type_message, _type_remedy, _type_span, _type_figures, _type_probability, _type_sensitivity, _type_driver, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_figures, _dflt_probability, _dflt_sensitivity, _dflt_driver, _return_type):
 def __init__(self,component:_type_component,kind:_type_kind,severity:_type_severity,message:_type_message,remedy:_type_remedy,span:_type_span,figures:_type_figures=_HAS_DEFAULT_FACTORY,probability:_type_probability=_dflt_probability,sensitivity:_type_sensitivity=_dflt_sensitivity,driver:_type_driver=_dflt_driver)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'remedy',remedy)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'figures',_dflt_figures() if figures is _HAS_DEFAULT_FACTORY else figures)
  __dataclass_builtins_object__.__setattr__(self,'probability',probability)
  __dataclass_builtins_object__.__setattr__(self,'sensitivity',sensitivity)
  __dataclass_builtins_object__.__setattr__(self,'driver',driver)
 return __init__
MAKERS['599d8a5cc635f5b7edf20d10671bfde47c96846691645615d13cec6d6cdc4431'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(component={self.component!r}, kind={self.kind!r}, severity={self.severity!r}, message={self.message!r}, remedy={self.remedy!r}, span={self.span!r}, figures={self.figures!r}, probability={self.probability!r}, sensitivity={self.sensitivity!r})"
 return __repr__
MAKERS['f7789a64f364773d6d1e6afb1bf06145cca7d7d5bfa8f75258551bcc3981c65d'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.component,self.kind,self.severity,self.message,self.remedy,self.span,self.figures,self.probability,self.sensitivity,)==(other.component,other.kind,other.severity,other.message,other.remedy,other.span,other.figures,other.probability,other.sensitivity,)
  return NotImplemented
 return __eq__
MAKERS['cbf48bbfc872f82e0d8ba6f6c86b6203ad3ca38a21c4e785f5fd4fdbdcd49658'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('component','kind','severity','message','remedy','span','figures','probability','sensitivity','driver',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['9ad922ae7e62e728a2ebcf5a46519cd26932af2c8ef62600a0630bca90936a06'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('component','kind','severity','message','remedy','span','figures','probability','sensitivity','driver',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['e9e84118c8e1748b27af4511fc621c0d2307d716098189b6e60187c7e1e3fd72'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.component,self.kind,self.severity,self.message,self.remedy,self.span,self.figures,self.probability,self.sensitivity,))
 return __hash__
MAKERS['006fdf54d91eebbcc57f566ef4ca192fb14df54ef58895defb520eaffad01bbe'] = __create_fn__

def __create_fn__(_type_name, _type_sizing, _type_span, _type_load_assumed, _type_working_set, _type_data, _type_instances_span, _type_model, _type_cold_load, _type_polling, _type_spans, _type_rate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_working_set, _dflt_data, _dflt_instances_span, _dflt_model, _dflt_cold_load, _dflt_polling, _dflt_spans, _dflt_rate, _return_type):
 def __init__(self,name:_type_name,sizing:_type_sizing,span:_type_span,load_assumed:_type_load_assumed,working_set:_type_working_set=_dflt_working_set,data:_type_data=_dflt_data,instances_span:_type_instances_span=_dflt_instances_span,model:_type_model=_dflt_model,cold_load:_type_cold_load=_dflt_cold_load,polling:_type_polling=_dflt_polling,spans:_type_spans=_HAS_DEFAULT_FACTORY,rate:_type_rate=_dflt_rate)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'load_assumed',load_assumed)
  __dataclass_builtins_object__.__setattr__(self,'working_set',working_set)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'instances_span',instances_span)
  __dataclass_builtins_object__.__setattr__(self,'model',model)
  __dataclass_builtins_object__.__setattr__(self,'cold_load',cold_load)
  __dataclass_builtins_object__.__setattr__(self,'polling',polling)
  __dataclass_builtins_object__.__setattr__(self,'spans',_dflt_spans() if spans is _HAS_DEFAULT_FACTORY else spans)
  __dataclass_builtins_object__.__setattr__(self,'rate',rate)
 return __init__
MAKERS['07d0267ba50f52e182b9bfae32f0d5bf97639d14ce7a6767bb7530633d815349'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, sizing={self.sizing!r}, span={self.span!r}, load_assumed={self.load_assumed!r}, working_set={self.working_set!r}, data={self.data!r}, instances_span={self.instances_span!r}, model={self.model!r}, cold_load={self.cold_load!r}, polling={self.polling!r}, spans={self.spans!r}, rate={self.rate!r})"
 return __repr__
MAKERS['a64e4d123cf59e44cf85b2e9698db93e2f276c0e53b58fd2eb3f63384f6b6d95'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.sizing,self.span,self.load_assumed,self.working_set,self.data,self.instances_span,self.model,self.cold_load,self.polling,self.spans,self.rate,)==(other.name,other.sizing,other.span,other.load_assumed,other.working_set,other.data,other.instances_span,other.model,other.cold_load,other.polling,other.spans,other.rate,)
  return NotImplemented
 return __eq__
MAKERS['196253774617e27ad090816c74e138f08116f24055e4e507c5f09124867d6c76'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','sizing','span','load_assumed','working_set','data','instances_span','model','cold_load','polling','spans','rate',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['18a3ec323dde01082e2342520b4b155fcea8afe1ecf8177d8f8ab8456f799faa'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','sizing','span','load_assumed','working_set','data','instances_span','model','cold_load','polling','spans','rate',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['31c8adc5ee1ff1d79bd88443416f629a36c9abadde1e99c944e76d3e39582f9c'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.sizing,self.span,self.load_assumed,self.working_set,self.data,self.instances_span,self.model,self.cold_load,self.polling,self.spans,self.rate,))
 return __hash__
MAKERS['e6c1391039fb4c89454bee6a82e3a0244bf4eb0248be82fd10f9563d30293078'] = __create_fn__

def __create_fn__(_type_name, _type_quantity, _type_fixed_unit, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,quantity:_type_quantity,fixed_unit:_type_fixed_unit,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'quantity',quantity)
  __dataclass_builtins_object__.__setattr__(self,'fixed_unit',fixed_unit)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
MAKERS['3c35294c26d2997d4d032145653e71151c354a2b2c1392c381706f7efa4bfa45'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, quantity={self.quantity!r}, fixed_unit={self.fixed_unit!r}, span={self.span!r})"
 return __repr__
MAKERS['3c165aa52fc176b2cb62d86f863009f8a693cd71ebd5843a1bd0437dc74ee00f'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.quantity,self.fixed_unit,self.span,)==(other.name,other.quantity,other.fixed_unit,other.span,)
  return NotImplemented
 return __eq__
MAKERS['dc0e5eac96ec7fa4731f329c7a8a6145c429ede871cbd34536142d782643937c'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','quantity','fixed_unit','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['6345c24bc4496a6628d492d93dbe201dd4bd3bc8f41e87ce3bbb5eea7bbb4986'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','quantity','fixed_unit','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['61188c5a69fb226e0ade82e610fdaef408101b0120de4a50c0b98f249bbf429a'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.quantity,self.fixed_unit,self.span,))
 return __hash__
MAKERS['0fc5e9a0528b12c72b6297b260a9a2e198871be93ce2b70497ddfe1ab24d723a'] = __create_fn__

def __create_fn__(_type_name, _type_span, _type_load, _type_capacity, _type_sizing, _type_load_assumed, _type_risks, _type_model, _type_cold_load, _type_kind, _type_kind_model, _type_average_load, _type_end_to_end, _type_properties, _type_cost, _type_headroom, _type_loads, _type_failures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_model, _dflt_cold_load, _dflt_kind, _dflt_kind_model, _dflt_properties, _dflt_cost, _dflt_headroom, _dflt_loads, _dflt_failures, _return_type):
 def __init__(self,name:_type_name,span:_type_span,load:_type_load,capacity:_type_capacity,sizing:_type_sizing,load_assumed:_type_load_assumed,risks:_type_risks,model:_type_model=_dflt_model,cold_load:_type_cold_load=_dflt_cold_load,kind:_type_kind=_dflt_kind,kind_model:_type_kind_model=_dflt_kind_model,properties:_type_properties=_HAS_DEFAULT_FACTORY,cost:_type_cost=_dflt_cost,headroom:_type_headroom=_dflt_headroom,loads:_type_loads=_dflt_loads,failures:_type_failures=_dflt_failures,*,average_load:_type_average_load,end_to_end:_type_end_to_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'load',load)
  __dataclass_builtins_object__.__setattr__(self,'capacity',capacity)
  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)
  __dataclass_builtins_object__.__setattr__(self,'load_assumed',load_assumed)
  __dataclass_builtins_object__.__setattr__(self,'risks',risks)
  __dataclass_builtins_object__.__setattr__(self,'model',model)
  __dataclass_builtins_object__.__setattr__(self,'cold_load',cold_load)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'kind_model',kind_model)
  __dataclass_builtins_object__.__setattr__(self,'average_load',average_load)
  __dataclass_builtins_object__.__setattr__(self,'end_to_end',end_to_end)
  __dataclass_builtins_object__.__setattr__(self,'properties',_dflt_properties() if properties is _HAS_DEFAULT_FACTORY else properties)
  __dataclass_builtins_object__.__setattr__(self,'cost',cost)
  __dataclass_builtins_object__.__setattr__(self,'headroom',headroom)
  __dataclass_builtins_object__.__setattr__(self,'loads',loads)
  __dataclass_builtins_object__.__setattr__(self,'failures',failures)
 return __init__
MAKERS['d349aaca04caa577fdae62aa693989ffa6cadf9d084938d596b4f08f209235c9'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, span={self.span!r}, load={self.load!r}, capacity={self.capacity!r}, sizing={self.sizing!r}, load_assumed={self.load_assumed!r}, risks={self.risks!r}, model={self.model!r}, cold_load={self.cold_load!r}, kind={self.kind!r}, kind_model={self.kind_model!r}, average_load={self.average_load!r}, end_to_end={self.end_to_end!r}, properties={self.properties!r}, cost={self.cost!r}, headroom={self.headroom!r}, loads={self.loads!r}, failures={self.failures!r})"
 return __repr__
MAKERS['ee9d0bf3525484f0b73e53095986985a37c3af6cc10d0008c4a8002a206a76dc'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.span,self.load,self.capacity,self.sizing,self.load_assumed,self.risks,self.model,self.cold_load,self.kind,self.kind_model,self.average_load,self.end_to_end,self.properties,self.cost,self.headroom,self.loads,self.failures,)==(other.name,other.span,other.load,other.capacity,other.sizing,other.load_assumed,other.risks,other.model,other.cold_load,other.kind,other.kind_model,other.average_load,other.end_to_end,other.properties,other.cost,other.headroom,other.loads,other.failures,)
  return NotImplemented
 return __eq__
MAKERS['6be94eb2aa220be7d6d7e444e27ecc701b3c32b5b361585ab6a8570cdc9b7e4a'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','span','load','capacity','sizing','load_assumed','risks','model','cold_load','kind','kind_model','average_load','end_to_end','properties','cost','headroom','loads','failures',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['c79ba6d767652976b02337141ca8e4e23bfd28e1dcadb871fda68a682b278918'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','span','load','capacity','sizing','load_assumed','risks','model','cold_load','kind','kind_model','average_load','end_to_end','properties','cost','headroom','loads','failures',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['7ca0ee6e3bf09ba3e63dd883a609500620e4b00a6b923cebba64f889a7f9008e'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.span,self.load,self.capacity,self.sizing,self.load_assumed,self.risks,self.model,self.cold_load,self.kind,self.kind_model,self.average_load,self.end_to_end,self.properties,self.cost,self.headroom,self.loads,self.failures,))
 return __hash__
MAKERS['f2e52b1db2fbc5feb01d81419ec08abc0e6dfbb260c9fe82d8316e00197785fc'] = __create_fn__

def __create_fn__(_type_multiplier, _type_component, _type_fails_by, _type_entering, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,multiplier:_type_multiplier,component:_type_component,fails_by:_type_fails_by,entering:_type_entering)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'fails_by',fails_by)
  __dataclass_builtins_object__.__setattr__(self,'entering',entering)
 return __init__
MAKERS['22392d0b0c6c00ce77c937376ec3e8d62148b7b28874af31bc8ed0bb18f79920'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(multiplier={self.multiplier!r}, component={self.component!r}, fails_by={self.fails_by!r}, entering={self.entering!r})"
 return __repr__
MAKERS['8551cee49ec3b85b9361d65a33f95fdfa485a7d30dd0be3cb2786e43cb785996'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.multiplier,self.component,self.fails_by,self.entering,)==(other.multiplier,other.component,other.fails_by,other.entering,)
  return NotImplemented
 return __eq__
MAKERS['57bc4c5109202c5be7474cfd66e6c72c32e92b7ab556a8db546c392237dbb5e6'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('multiplier','component','fails_by','entering',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['569c2a4ce0eede8041f055860cdc35cc46760756d681abae67e4e38939334321'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('multiplier','component','fails_by','entering',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['940145d08c700a3d14a5d8f16f8af75759b13e3b246c87a79cb4231aa3e123de'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.multiplier,self.component,self.fails_by,self.entering,))
 return __hash__
MAKERS['20bf4ab146b35abd1973d65abd6999bd99fdc97a7ad7417bfeaa9a05b96405da'] = __create_fn__

def __create_fn__(_type_source, _type_target, _type_multiplier, _type_span, _type_flow_class, _type_load, _type_batch, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_flow_class, _dflt_load, _dflt_batch, _return_type):
 def __init__(self,source:_type_source,target:_type_target,multiplier:_type_multiplier,span:_type_span,flow_class:_type_flow_class=_dflt_flow_class,load:_type_load=_dflt_load,batch:_type_batch=_dflt_batch)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'target',target)
  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'flow_class',flow_class)
  __dataclass_builtins_object__.__setattr__(self,'load',load)
  __dataclass_builtins_object__.__setattr__(self,'batch',batch)
 return __init__
MAKERS['89035d452f86329a2ed5f76f01afc0c9f724c5d6a3ea07cbdc49699c591f61ee'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, target={self.target!r}, multiplier={self.multiplier!r}, span={self.span!r}, flow_class={self.flow_class!r}, load={self.load!r}, batch={self.batch!r})"
 return __repr__
MAKERS['4df02331af478cf944855c21ae052ccff0a8e8cc272cc0cb87347d526a966510'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.target,self.multiplier,self.span,self.flow_class,self.load,self.batch,)==(other.source,other.target,other.multiplier,other.span,other.flow_class,other.load,other.batch,)
  return NotImplemented
 return __eq__
MAKERS['f8bb2f0a7a6ed6522d13b1ded69f70180599829c96cd1df2fe21c2c387751449'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','target','multiplier','span','flow_class','load','batch',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['b7cb8435ec9c78846a06cc6ce2e49c32f9c8235ce74ac9e79e247d3f39a4835c'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','target','multiplier','span','flow_class','load','batch',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['6071c288b81412406cd453ebdb6b229be35845853ad22cb506b224d8cbe9c00a'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.source,self.target,self.multiplier,self.span,self.flow_class,self.load,self.batch,))
 return __hash__
MAKERS['e1522c12d3b86586277eb0a61b4535c7eaff1567e914d228bb57686da35fba00'] = __create_fn__

def __create_fn__(_type_text, _type_passed, _type_span, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,passed:_type_passed,span:_type_span,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'passed',passed)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__
MAKERS['f7e2cdfd8724bb839fa60f092473b34469fdaf2ffd5b194664efb742671eec6e'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, passed={self.passed!r}, span={self.span!r}, message={self.message!r})"
 return __repr__
MAKERS['eddbaf6263b09483f5059a678bbf71832ea2a6fcd99f05cadfca75f97875ce51'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.passed,self.span,self.message,)==(other.text,other.passed,other.span,other.message,)
  return NotImplemented
 return __eq__
MAKERS['5dc5cfa3b08b9587febc664584c7b44177027d5f26c45a3073d880e4be8b51c7'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','passed','span','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['3f882370f45a4d49d343b0549c6e00cf45628ce3c482015070d41ab6cbf264f0'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','passed','span','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['97e7a81a7d36f2ccb3eb1e3b836992e880f47b538fe63c5ab71051724d3b8b47'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.passed,self.span,self.message,))
 return __hash__
MAKERS['65e40cd307259fd82bd1e610b89811e4e78ad2180490b5575afd821381df4683'] = __create_fn__

def __create_fn__(_type_file, _type_source, _type_units, _type_values, _type_components, _type_edges, _type_flows, _type_risks, _type_asserts, _type_errors, _type_skipped, _type_sampling, _type_total_cost, _type_breaking_point, _type_sources, _type_figure_builder, _type_started, _type_seconds, _type__figures, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_units, _dflt_values, _dflt_components, _dflt_edges, _dflt_flows, _dflt_risks, _dflt_asserts, _dflt_errors, _dflt_skipped, _dflt_sampling, _dflt_total_cost, _dflt_breaking_point, _dflt_sources, _dflt_figure_builder, _dflt_started, _dflt_seconds, _return_type):
 def __init__(self,file:_type_file,source:_type_source,units:_type_units=_dflt_units,values:_type_values=_HAS_DEFAULT_FACTORY,components:_type_components=_HAS_DEFAULT_FACTORY,edges:_type_edges=_HAS_DEFAULT_FACTORY,flows:_type_flows=_dflt_flows,risks:_type_risks=_HAS_DEFAULT_FACTORY,asserts:_type_asserts=_HAS_DEFAULT_FACTORY,errors:_type_errors=_HAS_DEFAULT_FACTORY,skipped:_type_skipped=_dflt_skipped,sampling:_type_sampling=_dflt_sampling,total_cost:_type_total_cost=_dflt_total_cost,breaking_point:_type_breaking_point=_dflt_breaking_point,sources:_type_sources=_HAS_DEFAULT_FACTORY,figure_builder:_type_figure_builder=_dflt_figure_builder,started:_type_started=_dflt_started,seconds:_type_seconds=_dflt_seconds)->_return_type:
  self.file=file
  self.source=source
  self.units=units
  self.values=_dflt_values() if values is _HAS_DEFAULT_FACTORY else values
  self.components=_dflt_components() if components is _HAS_DEFAULT_FACTORY else components
  self.edges=_dflt_edges() if edges is _HAS_DEFAULT_FACTORY else edges
  self.flows=flows
  self.risks=_dflt_risks() if risks is _HAS_DEFAULT_FACTORY else risks
  self.asserts=_dflt_asserts() if asserts is _HAS_DEFAULT_FACTORY else asserts
  self.errors=_dflt_errors() if errors is _HAS_DEFAULT_FACTORY else errors
  self.skipped=skipped
  self.sampling=sampling
  self.total_cost=total_cost
  self.breaking_point=breaking_point
  self.sources=_dflt_sources() if sources is _HAS_DEFAULT_FACTORY else sources
  self.figure_builder=figure_builder
  self.started=started
  self.seconds=seconds
 return __init__
MAKERS['157582f0716eb34a1b4b961f52c4366c1631ea58cc21d1f93501126d1fc9e69f'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, source={self.source!r}, units={self.units!r}, values={self.values!r}, components={self.components!r}, edges={self.edges!r}, flows={self.flows!r}, risks={self.risks!r}, asserts={self.asserts!r}, errors={self.errors!r}, skipped={self.skipped!r}, sampling={self.sampling!r}, total_cost={self.total_cost!r}, breaking_point={self.breaking_point!r}, sources={self.sources!r}, started={self.started!r}, seconds={self.seconds!r})"
 return __repr__
MAKERS['40c87ddab6d69e2a48f35957a616e3ba65978e44b98b0b5a6a066f8d26dcccd5'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.source,self.units,self.values,self.components,self.edges,self.flows,self.risks,self.asserts,self.errors,self.skipped,self.sampling,self.total_cost,self.breaking_point,self.sources,)==(other.file,other.source,other.units,other.values,other.components,other.edges,other.flows,other.risks,other.asserts,other.errors,other.skipped,other.sampling,other.total_cost,other.breaking_point,other.sources,)
  return NotImplemented
 return __eq__
MAKERS['aaddd33dc5588cf85d2c499bfeaa42d2a57cfe79b9ca4aa4d30753ec1da4be96'] = __create_fn__

def __create_fn__(_type_files, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_files, _return_type):
 def __init__(self,files:_type_files=_HAS_DEFAULT_FACTORY)->_return_type:
  self.files=_dflt_files() if files is _HAS_DEFAULT_FACTORY else files
 return __init__
MAKERS['5e2e09c819793bf9d233dbe14d5ffbdca09cff975666c06a906e9da1d0828a60'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(files={self.files!r})"
 return __repr__
MAKERS['5840948e8aab852e71c4a3359c59fb16e607b69dffd5b102e3c4ca3621d0448b'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.files,)==(other.files,)
  return NotImplemented
 return __eq__
MAKERS['d1727baed6e1d8531d4535bd43964f8c8661a5e68fb2be25ae4db7f82fb77bdb'] = __create_fn__

def __create_fn__(_type_name, _type_shown, _type_formula, _type_is_expression, _type_substituted, _type_rounded, _type_text, _type_value, _type_line, _type_note, _type_repeated, _type_cut, _type_inputs, _type_where, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_repeated, _dflt_cut, _dflt_inputs, _dflt_where, _return_type):
 def __init__(self,name:_type_name,shown:_type_shown,formula:_type_formula,is_expression:_type_is_expression,substituted:_type_substituted,rounded:_type_rounded,text:_type_text,value:_type_value,line:_type_line,note:_type_note=_dflt_note,repeated:_type_repeated=_dflt_repeated,cut:_type_cut=_dflt_cut,inputs:_type_inputs=_dflt_inputs,where:_type_where=_dflt_where)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
  __dataclass_builtins_object__.__setattr__(self,'formula',formula)
  __dataclass_builtins_object__.__setattr__(self,'is_expression',is_expression)
  __dataclass_builtins_object__.__setattr__(self,'substituted',substituted)
  __dataclass_builtins_object__.__setattr__(self,'rounded',rounded)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'repeated',repeated)
  __dataclass_builtins_object__.__setattr__(self,'cut',cut)
  __dataclass_builtins_object__.__setattr__(self,'inputs',inputs)
  __dataclass_builtins_object__.__setattr__(self,'where',where)
 return __init__
MAKERS['c57bf361facfe665fd9d646e988d7f8113d31390698930aaa31d625649f155cf'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, shown={self.shown!r}, formula={self.formula!r}, is_expression={self.is_expression!r}, substituted={self.substituted!r}, rounded={self.rounded!r}, text={self.text!r}, value={self.value!r}, line={self.line!r}, note={self.note!r}, repeated={self.repeated!r}, cut={self.cut!r}, inputs={self.inputs!r}, where={self.where!r})"
 return __repr__
MAKERS['10994c519d20592157f7dfa1546c15e678a60782f1bf24e925bce51f4b73f6e1'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.shown,self.formula,self.is_expression,self.substituted,self.rounded,self.text,self.value,self.line,self.note,self.repeated,self.cut,self.inputs,self.where,)==(other.name,other.shown,other.formula,other.is_expression,other.substituted,other.rounded,other.text,other.value,other.line,other.note,other.repeated,other.cut,other.inputs,other.where,)
  return NotImplemented
 return __eq__
MAKERS['2f08647f85738f3a4cbd505cabebdcaf8f126618dc4636ac28be0cfa44988423'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','shown','formula','is_expression','substituted','rounded','text','value','line','note','repeated','cut','inputs','where',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['e82e42749f294762239029a5a5a6525f16395aea7df7794a83c49b7cb3d1cddb'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','shown','formula','is_expression','substituted','rounded','text','value','line','note','repeated','cut','inputs','where',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['4b521d8ebb366c5340c50e36aa85863ff64ecddfc5d7b626dff3fde111acd7d4'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.shown,self.formula,self.is_expression,self.substituted,self.rounded,self.text,self.value,self.line,self.note,self.repeated,self.cut,self.inputs,self.where,))
 return __hash__
MAKERS['4340fa8ae7bc773d7a6dafd11555afc6b815d6f25eaf9d0d97291b70be585f82'] = __create_fn__

def __create_fn__(_type_report, _type_values, _type_components, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,report:_type_report,values:_type_values,components:_type_components)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'report',report)
  __dataclass_builtins_object__.__setattr__(self,'values',values)
  __dataclass_builtins_object__.__setattr__(self,'components',components)
 return __init__
MAKERS['6c5325a8bb630b7e0f2ee67ae15fc35d29bad320ab168080b52bcbaedc62ea65'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(report={self.report!r}, values={self.values!r}, components={self.components!r})"
 return __repr__
MAKERS['c6988be77df9cbbd7d3c26a7cb2aab234961602ef6f91a296a97ad7d39ef592e'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.report,self.values,self.components,)==(other.report,other.values,other.components,)
  return NotImplemented
 return __eq__
MAKERS['aee1b90d8c331e819213be033c8d14b9e15fe5c205d6d0e9d5085a9e07a3bb52'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('report','values','components',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['edfbb445feb55a63123ba23fcfece27cc2865e2da1bf99bd76276e661e139fa8'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('report','values','components',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['855334ef89f12f0be0c0d48979caf4cf62f9f777bed0c52ae8e77c0a3f4303a7'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.report,self.values,self.components,))
 return __hash__
MAKERS['0cde6d89fb8432e018568a29fc8e17023028aa2fa3054868a491cdc161956a9b'] = __create_fn__

def __create_fn__(_type_options, _type_variant, _type_base_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_options, _dflt_variant, _dflt_base_only, _return_type):
 def __init__(self,options:_type_options=_dflt_options,variant:_type_variant=_dflt_variant,base_only:_type_base_only=_dflt_base_only)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'options',options)
  __dataclass_builtins_object__.__setattr__(self,'variant',variant)
  __dataclass_builtins_object__.__setattr__(self,'base_only',base_only)
 return __init__
MAKERS['70a2d926125b6ba74b64a04ed3e0489dd4d699716cc1b4fc517e6c0e24ef50fd'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(options={self.options!r}, variant={self.variant!r}, base_only={self.base_only!r})"
 return __repr__
MAKERS['69eb50268a7b8eed4f9537a95dd9981fd47babbed7ef8a9caef4958fa526bb29'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.options,self.variant,self.base_only,)==(other.options,other.variant,other.base_only,)
  return NotImplemented
 return __eq__
MAKERS['37b948aa11cf7676378d39270034eafecbec47f62e59c060054e924241ec7dc6'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('options','variant','base_only',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['02529c0d70ad012959ee7a8f6bcabade0ff25862c36d6044bef3eac6daad89ba'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('options','variant','base_only',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['0a81aaa325d2a19ff4285ef12a0f17f94530c2e306ee644f279bb6a9f3300983'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.options,self.variant,self.base_only,))
 return __hash__
MAKERS['8f2aa9fa934a27330d34b4098918132c381be10d79ff0edfd4441b4eba5741a0'] = __create_fn__

def __create_fn__(_type_fence_line, _type_first_line, _type_last_line, _type_close_line, _type_prefix, _type_content, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,fence_line:_type_fence_line,first_line:_type_first_line,last_line:_type_last_line,close_line:_type_close_line,prefix:_type_prefix,content:_type_content)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'fence_line',fence_line)
  __dataclass_builtins_object__.__setattr__(self,'first_line',first_line)
  __dataclass_builtins_object__.__setattr__(self,'last_line',last_line)
  __dataclass_builtins_object__.__setattr__(self,'close_line',close_line)
  __dataclass_builtins_object__.__setattr__(self,'prefix',prefix)
  __dataclass_builtins_object__.__setattr__(self,'content',content)
 return __init__
MAKERS['7b136a7ce40d2b5764242605649d279a90d2e8d261fc0225ec92b0245c131f6e'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fence_line={self.fence_line!r}, first_line={self.first_line!r}, last_line={self.last_line!r}, close_line={self.close_line!r}, prefix={self.prefix!r}, content={self.content!r})"
 return __repr__
MAKERS['31b6fc2e49da2c3ba79a9f857370bde33ccc4287a2de970c250e39249dee3a4c'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fence_line,self.first_line,self.last_line,self.close_line,self.prefix,self.content,)==(other.fence_line,other.first_line,other.last_line,other.close_line,other.prefix,other.content,)
  return NotImplemented
 return __eq__
MAKERS['e3f36a1ff6d7c294a6d9f761cd1242198658af5c41e19facd201afdef6791434'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('fence_line','first_line','last_line','close_line','prefix','content',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['e8731038e220588fd2a3bae184884b1c39ef6308763fe72c82f3ebc6c6a526e1'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('fence_line','first_line','last_line','close_line','prefix','content',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['ddcf1959a29a1d711c927f1ad14a1fb5cf491e438234fe3767c04fef7710c27f'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.fence_line,self.first_line,self.last_line,self.close_line,self.prefix,self.content,))
 return __hash__
MAKERS['7e9a8df8b59077195f60102d634bf78ae660b01660a325b5ba4e97b81ca7d2a3'] = __create_fn__

def __create_fn__(_type_begin, _type_end, _type_kind, _type_name, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_name, _return_type):
 def __init__(self,begin:_type_begin,end:_type_end,kind:_type_kind,name:_type_name=_dflt_name)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'begin',begin)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
 return __init__
MAKERS['790f45e47f7230264cdc277595264899ffda911cb2cee8bc071d91bdefcfb999'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(begin={self.begin!r}, end={self.end!r}, kind={self.kind!r}, name={self.name!r})"
 return __repr__
MAKERS['3cbe24ef9eb0e42745711429524ee964b3551bc6101de03865750b7b3cade840'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.begin,self.end,self.kind,self.name,)==(other.begin,other.end,other.kind,other.name,)
  return NotImplemented
 return __eq__
MAKERS['298ad8cae08368d3e07450d0dae57f1b6489511989c0afe9d1bdde5f893ef551'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('begin','end','kind','name',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['a5d65e38aad5a01a3b794b5669918ac55f9c7ecaa1f18ff13ae7a271020d052d'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('begin','end','kind','name',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['77ff92068cfbdf09c2043d10dad13b720a5fd15267fe7a3b124fdbe018b37510'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.begin,self.end,self.kind,self.name,))
 return __hash__
MAKERS['cfae285dfc6469a38ad370c7dc8d4ef84421fde88a8d571dceedf3dc1592ceb8'] = __create_fn__

def __create_fn__(_type_sections, _type_summary, _type_plots, _type_explains, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sections, _dflt_summary, _dflt_plots, _dflt_explains, _return_type):
 def __init__(self,sections:_type_sections=_HAS_DEFAULT_FACTORY,summary:_type_summary=_dflt_summary,plots:_type_plots=_HAS_DEFAULT_FACTORY,explains:_type_explains=_HAS_DEFAULT_FACTORY)->_return_type:
  self.sections=_dflt_sections() if sections is _HAS_DEFAULT_FACTORY else sections
  self.summary=summary
  self.plots=_dflt_plots() if plots is _HAS_DEFAULT_FACTORY else plots
  self.explains=_dflt_explains() if explains is _HAS_DEFAULT_FACTORY else explains
 return __init__
MAKERS['e00fd4bcad29e976dec57678468bbf0b7f2c2e4e20ccd99f211a7bfbc618cab8'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(sections={self.sections!r}, summary={self.summary!r}, plots={self.plots!r}, explains={self.explains!r})"
 return __repr__
MAKERS['c0085caa27116d82396b0a2f7648319791acb31e2ffcf129c8bb71ac54540ed2'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.sections,self.summary,self.plots,self.explains,)==(other.sections,other.summary,other.plots,other.explains,)
  return NotImplemented
 return __eq__
MAKERS['b517c7723cb03a379832364877d48fee913d60f9bebddf3766cb5a72066e8326'] = __create_fn__

def __create_fn__(_type_start, _type_hash, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,start:_type_start,hash:_type_hash,text:_type_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'hash',hash)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 return __init__
MAKERS['cc26564bf7986abe583e3a10cdf3141419eea6bac152749fd5df36a222cdde68'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, hash={self.hash!r}, text={self.text!r})"
 return __repr__
MAKERS['026c2cc2e4b9c0e23c521bd1894b187b03160c58e1ac60c8106c7d70d1481259'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.hash,self.text,)==(other.start,other.hash,other.text,)
  return NotImplemented
 return __eq__
MAKERS['275bb6a17c42fbfbfe2a0f1d9e900eb80235562c015fb14ba0b32cd8df730dbf'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','hash','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['5aa3bf76f0e4b7f30829f559dcadc0c71a4e8e6acbba99e56092ed5da383d8ba'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','hash','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['cf461b38acbc25d80eec86ef427073891e7344bd48b34a4db026b2b1e12d4781'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.start,self.hash,self.text,))
 return __hash__
MAKERS['d9f4bff17f77eb149e8c2e22cad462472fb8bb0de4c65efd0677bc6b93a99523'] = __create_fn__

def __create_fn__(_type_line, _type_name, _type_computed, _type_written, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,line:_type_line,name:_type_name,computed:_type_computed,written:_type_written)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'computed',computed)
  __dataclass_builtins_object__.__setattr__(self,'written',written)
 return __init__
MAKERS['b147fc49375c4e7f4591bb55ae4ef0868da2a15121760005bc35e794b9d6c958'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(line={self.line!r}, name={self.name!r}, computed={self.computed!r}, written={self.written!r})"
 return __repr__
MAKERS['324b61a02beee2b4a573b697b144d295cbba7fb4027e57bd90665c55c8f90a08'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.line,self.name,self.computed,self.written,)==(other.line,other.name,other.computed,other.written,)
  return NotImplemented
 return __eq__
MAKERS['205d798a7210c2f4187e3ba889703e59f7118ede88d15bd54e30136997327083'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('line','name','computed','written',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['f8b57cd4adc103e958a4035bff92bf416fe06795f4c329297524952be2e8abd6'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('line','name','computed','written',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['6de3da91d593b203d4920f6fbd56e7f9aac921fa759538deac20d51cf98126fb'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.line,self.name,self.computed,self.written,))
 return __hash__
MAKERS['c6e77de82498a5050ed216a3a788c6dd501c25ba910a78c10b689ebdd42dffd3'] = __create_fn__

def __create_fn__(_type_kind, _type_text, _type_line, _type_column, _type_spaced, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,text:_type_text,line:_type_line,column:_type_column,spaced:_type_spaced)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'column',column)
  __dataclass_builtins_object__.__setattr__(self,'spaced',spaced)
 return __init__
MAKERS['4541e520566b779eebf7a33b73b6e125bac7797756a60548432644ea8d804150'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, text={self.text!r}, line={self.line!r}, column={self.column!r}, spaced={self.spaced!r})"
 return __repr__
MAKERS['30deefdd2236d6fffac0fccdccd18f32eedb2f2c27b83f6c2c56af3d0e56f4a5'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.text,self.line,self.column,self.spaced,)==(other.kind,other.text,other.line,other.column,other.spaced,)
  return NotImplemented
 return __eq__
MAKERS['26dbf87fd8bc1b43590b4c11f5b1f758a755a4acc49b43b454dd91ba94e095c2'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','text','line','column','spaced',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['5a6de2dc8b267c0a48836fa0a600de001df76cdd5e77e43691fbd2bfbf12b73d'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','text','line','column','spaced',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['e76cef84b740bb745a35c748879f77a42f009a075d4481c99919b9dd8cac7636'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.text,self.line,self.column,self.spaced,))
 return __hash__
MAKERS['07e2176031c913ed8b9aa47671f5bbe8e47b7a83218f86e97a9c6990b5b6bb35'] = __create_fn__

def __create_fn__(_type_depth, _type_source_line, _type_tokens, _type_comment, _type_continued, _type_backslash, _type_blank_before, _type_code, _type_lhs, _type_rhs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_tokens, _dflt_comment, _dflt_continued, _dflt_backslash, _dflt_blank_before, _dflt_code, _dflt_lhs, _dflt_rhs, _return_type):
 def __init__(self,depth:_type_depth,source_line:_type_source_line,tokens:_type_tokens=_HAS_DEFAULT_FACTORY,comment:_type_comment=_dflt_comment,continued:_type_continued=_dflt_continued,backslash:_type_backslash=_dflt_backslash,blank_before:_type_blank_before=_dflt_blank_before,code:_type_code=_dflt_code,lhs:_type_lhs=_dflt_lhs,rhs:_type_rhs=_dflt_rhs)->_return_type:
  self.depth=depth
  self.source_line=source_line
  self.tokens=_dflt_tokens() if tokens is _HAS_DEFAULT_FACTORY else tokens
  self.comment=comment
  self.continued=continued
  self.backslash=backslash
  self.blank_before=blank_before
  self.code=code
  self.lhs=lhs
  self.rhs=rhs
 return __init__
MAKERS['db9d8326c94b504bc268853a3e8f67093e687501c84945a6c5ef630c4080bb11'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(depth={self.depth!r}, source_line={self.source_line!r}, tokens={self.tokens!r}, comment={self.comment!r}, continued={self.continued!r}, backslash={self.backslash!r}, blank_before={self.blank_before!r}, code={self.code!r}, lhs={self.lhs!r}, rhs={self.rhs!r})"
 return __repr__
MAKERS['539e2b1942184fdda9c852cfcf4b73ab23717c5d12abfd0dc9952c98bcf9a95d'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.depth,self.source_line,self.tokens,self.comment,self.continued,self.backslash,self.blank_before,self.code,self.lhs,self.rhs,)==(other.depth,other.source_line,other.tokens,other.comment,other.continued,other.backslash,other.blank_before,other.code,other.lhs,other.rhs,)
  return NotImplemented
 return __eq__
MAKERS['809b45f2fcda02ca43c13798685dc761864c8f19d01bdffcd705a7eeece8a500'] = __create_fn__

def __create_fn__(_type_statements, _type_report, _type_sampling, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_statements, _dflt_report, _dflt_sampling, _return_type):
 def __init__(self,statements:_type_statements=_HAS_DEFAULT_FACTORY,report:_type_report=_dflt_report,sampling:_type_sampling=_dflt_sampling)->_return_type:
  self.statements=_dflt_statements() if statements is _HAS_DEFAULT_FACTORY else statements
  self.report=report
  self.sampling=sampling
 return __init__
MAKERS['95928cd13b41fbf63b518402cce4277b7b05e74701a863666750a967a6038619'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(statements={self.statements!r}, report={self.report!r}, sampling={self.sampling!r})"
 return __repr__
MAKERS['bea6deab066225b7f3a2b67f34599faa2c546a02378cb6779a8db4b35beae642'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.statements,self.report,self.sampling,)==(other.statements,other.report,other.sampling,)
  return NotImplemented
 return __eq__
MAKERS['dcb341e1832b0170b80245b480cda1107ebfd5bfe9f1795759c7123d9e0afe34'] = __create_fn__

def __create_fn__(_type_name, _type_what, _type_span, _type_definition, _type_component, _type_written, _type_variant, _type_setting, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_definition, _dflt_component, _dflt_written, _dflt_variant, _dflt_setting, _return_type):
 def __init__(self,name:_type_name,what:_type_what,span:_type_span,definition:_type_definition=_dflt_definition,component:_type_component=_dflt_component,written:_type_written=_dflt_written,variant:_type_variant=_dflt_variant,setting:_type_setting=_dflt_setting)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'definition',definition)
  __dataclass_builtins_object__.__setattr__(self,'component',component)
  __dataclass_builtins_object__.__setattr__(self,'written',written)
  __dataclass_builtins_object__.__setattr__(self,'variant',variant)
  __dataclass_builtins_object__.__setattr__(self,'setting',setting)
 return __init__
MAKERS['4a86f5060951daf5a56cd7cca0520c8b49c1b657a9044cf92130f57961424900'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, what={self.what!r}, span={self.span!r}, definition={self.definition!r}, component={self.component!r}, written={self.written!r}, variant={self.variant!r}, setting={self.setting!r})"
 return __repr__
MAKERS['fc9a2382b2d0c0dda52cb46a63f1828e9f6ca0cb3a46dca08511f665bb8dc052'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.what,self.span,self.definition,self.component,self.written,self.variant,self.setting,)==(other.name,other.what,other.span,other.definition,other.component,other.written,other.variant,other.setting,)
  return NotImplemented
 return __eq__
MAKERS['f16fe0d008e3124fde2e6e08388573d64cad96fa43b730d26f153455c36bd686'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','what','span','definition','component','written','variant','setting',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['915d02702a7641fad1f42bdf2381735e8e5ad7387d56388ad7b48e13a9ee2938'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','what','span','definition','component','written','variant','setting',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['d39e5275ceb86911f78379b90e57f4d158d2d629cf9d8c6c5b5c6b19844b9ac8'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.what,self.span,self.definition,self.component,self.written,self.variant,self.setting,))
 return __hash__
MAKERS['5c7f4fd4ab4a8bb6ada8265543a95e2f9f725c4b6a59a107859cb3446d417d57'] = __create_fn__

def __create_fn__(_type_occurrences, _type_bindings, _type_components, _type_declared_units, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,occurrences:_type_occurrences,bindings:_type_bindings,components:_type_components,declared_units:_type_declared_units)->_return_type:
  self.occurrences=occurrences
  self.bindings=bindings
  self.components=components
  self.declared_units=declared_units
 return __init__
MAKERS['7c4335ae9114b4dd2d4e7aa87d07ff3dff9e6a2c80a19625b3048aafdbafec71'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(occurrences={self.occurrences!r}, bindings={self.bindings!r}, components={self.components!r}, declared_units={self.declared_units!r})"
 return __repr__
MAKERS['250b8c4ba14d9b5826bc2ed019978abce45eb37e3bbadfa3459795082cd44992'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.occurrences,self.bindings,self.components,self.declared_units,)==(other.occurrences,other.bindings,other.components,other.declared_units,)
  return NotImplemented
 return __eq__
MAKERS['9ba3ba9d508dee466dd36bf19efc554dce27cc70feaa7be254fbc57cdfe763e5'] = __create_fn__

def __create_fn__(_type_keyword, _type_name, _type_open, _type_close, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,keyword:_type_keyword,name:_type_name,open:_type_open,close:_type_close)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'keyword',keyword)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'open',open)
  __dataclass_builtins_object__.__setattr__(self,'close',close)
 return __init__
MAKERS['e3324feb83f351c20eed5d223c4af73c8f3e50e1391d3fbab7eea1fd525ce69c'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keyword={self.keyword!r}, name={self.name!r}, open={self.open!r}, close={self.close!r})"
 return __repr__
MAKERS['38af98e7675e88cf6beac2ec0a47365585a16ca52ab32b0191ebc4ff14488b95'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keyword,self.name,self.open,self.close,)==(other.keyword,other.name,other.open,other.close,)
  return NotImplemented
 return __eq__
MAKERS['fe4580f70ade43950e900f38ccc006663b7d0ddd50b96f1f4f8bda575e72d99c'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('keyword','name','open','close',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['1cb684f8da7e9728f1b3440d71e6c0c5a225b1aefb2afcc111a9808aa2f8601f'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('keyword','name','open','close',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['79cc5d78f3e6f6b05f4adb93ae4c50790bd0f3672c4fdf1d65bdcd2e7a01301f'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.keyword,self.name,self.open,self.close,))
 return __hash__
MAKERS['fc3b168c54a9f22b11fb4bd73d0f674f4c3cbc1c7e0808d56d1913a6e1a0443b'] = __create_fn__

def __create_fn__(_type_uri, _type_filename, _type_text, _type_version, _type_report, _type_program, _type_source, _type_names, _type_encoding, _type_units, _type_left_out, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_encoding, _dflt_units, _dflt_left_out, _return_type):
 def __init__(self,uri:_type_uri,filename:_type_filename,text:_type_text,version:_type_version,report:_type_report,program:_type_program,source:_type_source,names:_type_names,encoding:_type_encoding=_dflt_encoding,units:_type_units=_dflt_units,left_out:_type_left_out=_dflt_left_out)->_return_type:
  self.uri=uri
  self.filename=filename
  self.text=text
  self.version=version
  self.report=report
  self.program=program
  self.source=source
  self.names=names
  self.encoding=encoding
  self.units=units
  self.left_out=left_out
 return __init__
MAKERS['a5970af1daaf1c71f0e32523051f27a0e00dbe6d9f35dbd1ca53113d7268497f'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(uri={self.uri!r}, filename={self.filename!r}, text={self.text!r}, version={self.version!r}, report={self.report!r}, program={self.program!r}, source={self.source!r}, names={self.names!r}, encoding={self.encoding!r}, left_out={self.left_out!r})"
 return __repr__
MAKERS['fe727144c21023bb3c48332c178cb312865913981656a9f15bdb7e089921008c'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.uri,self.filename,self.text,self.version,self.report,self.program,self.source,self.names,self.encoding,self.units,self.left_out,)==(other.uri,other.filename,other.text,other.version,other.report,other.program,other.source,other.names,other.encoding,other.units,other.left_out,)
  return NotImplemented
 return __eq__
MAKERS['43ade1a1d0f1aa90a0d0a15140bfd74ff4b7a6c7647936911416d6ae7e1394e8'] = __create_fn__

def __create_fn__(_type_name, _type_provider, _type_family, _type_vcpus, _type_memory, _type_local_disk, _type_price, _type_region, _type_date, _type_source, _type_price_text, _type_local_disk_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_price_text, _dflt_local_disk_text, _return_type):
 def __init__(self,name:_type_name,provider:_type_provider,family:_type_family,vcpus:_type_vcpus,memory:_type_memory,local_disk:_type_local_disk,price:_type_price,region:_type_region,date:_type_date,source:_type_source,price_text:_type_price_text=_dflt_price_text,local_disk_text:_type_local_disk_text=_dflt_local_disk_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'provider',provider)
  __dataclass_builtins_object__.__setattr__(self,'family',family)
  __dataclass_builtins_object__.__setattr__(self,'vcpus',vcpus)
  __dataclass_builtins_object__.__setattr__(self,'memory',memory)
  __dataclass_builtins_object__.__setattr__(self,'local_disk',local_disk)
  __dataclass_builtins_object__.__setattr__(self,'price',price)
  __dataclass_builtins_object__.__setattr__(self,'region',region)
  __dataclass_builtins_object__.__setattr__(self,'date',date)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'price_text',price_text)
  __dataclass_builtins_object__.__setattr__(self,'local_disk_text',local_disk_text)
 return __init__
MAKERS['6c208243a69b3f4d4b5696265af69ca1e1725a59d443342e6c585ace5a018bcd'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, provider={self.provider!r}, family={self.family!r}, vcpus={self.vcpus!r}, memory={self.memory!r}, local_disk={self.local_disk!r}, price={self.price!r}, region={self.region!r}, date={self.date!r}, source={self.source!r}, price_text={self.price_text!r}, local_disk_text={self.local_disk_text!r})"
 return __repr__
MAKERS['20b77ddc4d69d9c000e0de7da984014ff3319f1b5baa46e66d2b36dd25d6378e'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.provider,self.family,self.vcpus,self.memory,self.local_disk,self.price,self.region,self.date,self.source,self.price_text,self.local_disk_text,)==(other.name,other.provider,other.family,other.vcpus,other.memory,other.local_disk,other.price,other.region,other.date,other.source,other.price_text,other.local_disk_text,)
  return NotImplemented
 return __eq__
MAKERS['513e27ea618129dfb90d2beae0a9773d6492feffe2174661eddffd387e45a7b4'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','provider','family','vcpus','memory','local_disk','price','region','date','source','price_text','local_disk_text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['75ddaa7c9a502f4b90abbc022f307958f57506f0e577f37331e42173ad17a946'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','provider','family','vcpus','memory','local_disk','price','region','date','source','price_text','local_disk_text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['4025857c9c5c10540bb712355d404cab322b5b1f808f8626ffc70f2b2a0e41af'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.provider,self.family,self.vcpus,self.memory,self.local_disk,self.price,self.region,self.date,self.source,self.price_text,self.local_disk_text,))
 return __hash__
MAKERS['0a472d27ba7ca3b28a33534fb0c21e3db3eb4e78a95738683d75e6933702167b'] = __create_fn__

def __create_fn__(_type_compute, _type_storage, _type_egress, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,compute:_type_compute,storage:_type_storage,egress:_type_egress)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'compute',compute)
  __dataclass_builtins_object__.__setattr__(self,'storage',storage)
  __dataclass_builtins_object__.__setattr__(self,'egress',egress)
 return __init__
MAKERS['5945d5504b8c098641a9c776eb296635af7d31241458d6453d53edf6157ea570'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(compute={self.compute!r}, storage={self.storage!r}, egress={self.egress!r})"
 return __repr__
MAKERS['fbd6ad4e926390c76c1308c538f4e709d10fe584872b35dc2b20db5ad97aecea'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.compute,self.storage,self.egress,)==(other.compute,other.storage,other.egress,)
  return NotImplemented
 return __eq__
MAKERS['8de687d0177664db88dd860b4dafa0fe56f64bafd807e98d4e12f2b705ca0bd5'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('compute','storage','egress',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['6734d57865a62d44109985ba8e8544b4ad3e77011b53ac6e28f02ee0a63dd5d4'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('compute','storage','egress',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['ab8bdfd9168f9ff478354095746ed093518ac80f9f42cce18457feba72d1143b'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.compute,self.storage,self.egress,))
 return __hash__
MAKERS['f48297aa4f75ac96ba9a34198f300266beb85a1bcf9b12d7c389932fc3fde394'] = __create_fn__

def __create_fn__(_type_kind, _type_load, _type_average, _type_sizing, _type_broker, _type_polling, _type_rate_limit, _type_latency, _type_max_utilization, _type_drain_rate, _type_burst, _type_drain_within, _type_message_size, _type_backlog, _type_drain_time, _type_bytes_held, _type_growth, _type_memory, _type_storage, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_sizing, _dflt_broker, _dflt_polling, _dflt_rate_limit, _dflt_latency, _dflt_max_utilization, _dflt_drain_rate, _dflt_burst, _dflt_drain_within, _dflt_message_size, _dflt_backlog, _dflt_drain_time, _dflt_bytes_held, _dflt_growth, _dflt_memory, _dflt_storage, _return_type):
 def __init__(self,kind:_type_kind,load:_type_load,average:_type_average,sizing:_type_sizing=_dflt_sizing,broker:_type_broker=_dflt_broker,polling:_type_polling=_dflt_polling,rate_limit:_type_rate_limit=_dflt_rate_limit,latency:_type_latency=_dflt_latency,max_utilization:_type_max_utilization=_dflt_max_utilization,drain_rate:_type_drain_rate=_dflt_drain_rate,burst:_type_burst=_dflt_burst,drain_within:_type_drain_within=_dflt_drain_within,message_size:_type_message_size=_dflt_message_size,backlog:_type_backlog=_dflt_backlog,drain_time:_type_drain_time=_dflt_drain_time,bytes_held:_type_bytes_held=_dflt_bytes_held,growth:_type_growth=_dflt_growth,memory:_type_memory=_dflt_memory,storage:_type_storage=_dflt_storage)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'load',load)
  __dataclass_builtins_object__.__setattr__(self,'average',average)
  __dataclass_builtins_object__.__setattr__(self,'sizing',sizing)
  __dataclass_builtins_object__.__setattr__(self,'broker',broker)
  __dataclass_builtins_object__.__setattr__(self,'polling',polling)
  __dataclass_builtins_object__.__setattr__(self,'rate_limit',rate_limit)
  __dataclass_builtins_object__.__setattr__(self,'latency',latency)
  __dataclass_builtins_object__.__setattr__(self,'max_utilization',max_utilization)
  __dataclass_builtins_object__.__setattr__(self,'drain_rate',drain_rate)
  __dataclass_builtins_object__.__setattr__(self,'burst',burst)
  __dataclass_builtins_object__.__setattr__(self,'drain_within',drain_within)
  __dataclass_builtins_object__.__setattr__(self,'message_size',message_size)
  __dataclass_builtins_object__.__setattr__(self,'backlog',backlog)
  __dataclass_builtins_object__.__setattr__(self,'drain_time',drain_time)
  __dataclass_builtins_object__.__setattr__(self,'bytes_held',bytes_held)
  __dataclass_builtins_object__.__setattr__(self,'growth',growth)
  __dataclass_builtins_object__.__setattr__(self,'memory',memory)
  __dataclass_builtins_object__.__setattr__(self,'storage',storage)
 return __init__
MAKERS['fe106780ab74627a1f8d26d6b2e9de5e64ff146177472c163fbf275af37032ee'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, load={self.load!r}, average={self.average!r}, sizing={self.sizing!r}, broker={self.broker!r}, polling={self.polling!r}, rate_limit={self.rate_limit!r}, latency={self.latency!r}, max_utilization={self.max_utilization!r}, drain_rate={self.drain_rate!r}, burst={self.burst!r}, drain_within={self.drain_within!r}, message_size={self.message_size!r}, backlog={self.backlog!r}, drain_time={self.drain_time!r}, bytes_held={self.bytes_held!r}, growth={self.growth!r}, memory={self.memory!r}, storage={self.storage!r})"
 return __repr__
MAKERS['ca8058cf712256c14a35c8d7906c04f395a59131e0a6c42871ddc8540b2d3ec2'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.load,self.average,self.sizing,self.broker,self.polling,self.rate_limit,self.latency,self.max_utilization,self.drain_rate,self.burst,self.drain_within,self.message_size,self.backlog,self.drain_time,self.bytes_held,self.growth,self.memory,self.storage,)==(other.kind,other.load,other.average,other.sizing,other.broker,other.polling,other.rate_limit,other.latency,other.max_utilization,other.drain_rate,other.burst,other.drain_within,other.message_size,other.backlog,other.drain_time,other.bytes_held,other.growth,other.memory,other.storage,)
  return NotImplemented
 return __eq__
MAKERS['9c8e9f106ec17a7778feb7f75e96b8c7fdc1a066d90f2639620c0e5ab593c0ca'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','load','average','sizing','broker','polling','rate_limit','latency','max_utilization','drain_rate','burst','drain_within','message_size','backlog','drain_time','bytes_held','growth','memory','storage',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['4f575d86eaa5a6209873bfb5975f369f4e780806ad33d757e599356ad768b807'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','load','average','sizing','broker','polling','rate_limit','latency','max_utilization','drain_rate','burst','drain_within','message_size','backlog','drain_time','bytes_held','growth','memory','storage',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['b350268580f1a9bfb220be49d67ab9bb42e6bdd10ee4c30417ce5df75742bf6b'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.load,self.average,self.sizing,self.broker,self.polling,self.rate_limit,self.latency,self.max_utilization,self.drain_rate,self.burst,self.drain_within,self.message_size,self.backlog,self.drain_time,self.bytes_held,self.growth,self.memory,self.storage,))
 return __hash__
MAKERS['c470fcc17ab4d9c7aa239d54c7a0f637c085abf81eac1b54dc3c7071af6ad4ff'] = __create_fn__

def __create_fn__(_type_info, _type_prop, _type_load, _type_average, _type_consumers, _type_size_server, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,info:_type_info,prop:_type_prop,load:_type_load,average:_type_average,consumers:_type_consumers,size_server:_type_size_server)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'info',info)
  __dataclass_builtins_object__.__setattr__(self,'prop',prop)
  __dataclass_builtins_object__.__setattr__(self,'load',load)
  __dataclass_builtins_object__.__setattr__(self,'average',average)
  __dataclass_builtins_object__.__setattr__(self,'consumers',consumers)
  __dataclass_builtins_object__.__setattr__(self,'size_server',size_server)
 return __init__
MAKERS['4b73ec8ff33ffd1324662ec1a11760171fa5627b76786e425b65441248282610'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(info={self.info!r}, prop={self.prop!r}, load={self.load!r}, average={self.average!r}, consumers={self.consumers!r}, size_server={self.size_server!r})"
 return __repr__
MAKERS['452e63c0bda1325e366bf5fc2ab96c0ef14bff679d3ab016dff9071a3c55720a'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.info,self.prop,self.load,self.average,self.consumers,self.size_server,)==(other.info,other.prop,other.load,other.average,other.consumers,other.size_server,)
  return NotImplemented
 return __eq__
MAKERS['63b12fff7f03a7f2194b85ed24c6e87f580426693d8719c6d1777513d6c92674'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('info','prop','load','average','consumers','size_server',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['961756742319b59c4d69e3cca0441e8c55b222c1ca38203df2c1e1ff7c9725f3'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('info','prop','load','average','consumers','size_server',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['6bc0965bc399630811882984108d94afcea0a6f13573d26820bbbb48f18052ff'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.info,self.prop,self.load,self.average,self.consumers,self.size_server,))
 return __hash__
MAKERS['4ad97ac89c676c80560a42d4b0c40b683acf1bdc3fe19849f2f3d487deb75061'] = __create_fn__

def __create_fn__(_type_info, _type_prop, _type_assumed, _type_cold_load, _type_size_at, _type_rate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,info:_type_info,prop:_type_prop,assumed:_type_assumed,cold_load:_type_cold_load,size_at:_type_size_at,rate:_type_rate)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'info',info)
  __dataclass_builtins_object__.__setattr__(self,'prop',prop)
  __dataclass_builtins_object__.__setattr__(self,'assumed',assumed)
  __dataclass_builtins_object__.__setattr__(self,'cold_load',cold_load)
  __dataclass_builtins_object__.__setattr__(self,'size_at',size_at)
  __dataclass_builtins_object__.__setattr__(self,'rate',rate)
 return __init__
MAKERS['13eb2b23b0ecf4bba084de30ad4a7dd7e20bd4d532e974ff19a368c71a289fe1'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(info={self.info!r}, prop={self.prop!r}, assumed={self.assumed!r}, cold_load={self.cold_load!r}, size_at={self.size_at!r}, rate={self.rate!r})"
 return __repr__
MAKERS['8506689b57c9f6334f2cfa0f6a2eac8f8af77255046f1463fecabedf10211cd2'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.info,self.prop,self.assumed,self.cold_load,self.size_at,self.rate,)==(other.info,other.prop,other.assumed,other.cold_load,other.size_at,other.rate,)
  return NotImplemented
 return __eq__
MAKERS['c72927bbe7ab2258f6f9196d01fa73739623339a5722547d802b510c288a4b34'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('info','prop','assumed','cold_load','size_at','rate',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['0aec6049754c1dc43da92ad58a808cbdccf080170cdad5ef54ca8a0b25836357'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('info','prop','assumed','cold_load','size_at','rate',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['b8cc2455842e2cfa5f5f5b11b7c9fbaa31e160150ec07cd8a896a9a7872c67f8'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.info,self.prop,self.assumed,self.cold_load,self.size_at,self.rate,))
 return __hash__
MAKERS['63fbaa1cae63e88aa141661bcfe8a39f5d723abf510ccb4d49804a4366996a0f'] = __create_fn__

def __create_fn__(_type_name, _type_binding, _type_label, _type_number, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,name:_type_name,binding:_type_binding,label:_type_label,number:_type_number)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'binding',binding)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'number',number)
 return __init__
MAKERS['f665bcd480676e16df474125426e9e6d7a1bbe201e9bfbfcebe2fde928b4e60a'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, binding={self.binding!r}, label={self.label!r}, number={self.number!r})"
 return __repr__
MAKERS['5c0cedb525b1da4f1b7b85ad816963897fdabd09bb31499097ee287f7d937755'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.binding,self.label,self.number,)==(other.name,other.binding,other.label,other.number,)
  return NotImplemented
 return __eq__
MAKERS['bcc5676a73c839ff3c8988127b8fb41b58525433380390656c16d258b02dd9f6'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','binding','label','number',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['1c650432cd55a9158ca996a0dc929a4407c3e44f6cf5e4dfc673e9f36ef3c446'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','binding','label','number',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['38533acbe021b60637d612cde725c3337b946fa7bdd7a9f80fe61a0ab6372c20'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.binding,self.label,self.number,))
 return __hash__
MAKERS['f94f521224a151a74f58ca483ff377f812ace7894d4ac992d57e3b494b415ea5'] = __create_fn__

def __create_fn__(_type_node, _type_properties, _type_choices, _type_has_unknown, _type_written_otherwise, _type_class_properties, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_choices, _dflt_has_unknown, _dflt_written_otherwise, _dflt_class_properties, _return_type):
 def __init__(self,node:_type_node,properties:_type_properties,choices:_type_choices=_HAS_DEFAULT_FACTORY,has_unknown:_type_has_unknown=_dflt_has_unknown,written_otherwise:_type_written_otherwise=_HAS_DEFAULT_FACTORY,class_properties:_type_class_properties=_HAS_DEFAULT_FACTORY)->_return_type:
  self.node=node
  self.properties=properties
  self.choices=_dflt_choices() if choices is _HAS_DEFAULT_FACTORY else choices
  self.has_unknown=has_unknown
  self.written_otherwise=_dflt_written_otherwise() if written_otherwise is _HAS_DEFAULT_FACTORY else written_otherwise
  self.class_properties=_dflt_class_properties() if class_properties is _HAS_DEFAULT_FACTORY else class_properties
 return __init__
MAKERS['c3b126d5f8e55b4369397af3c36f2f76825306e2548c63ba430bad6c80b07a8e'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(node={self.node!r}, properties={self.properties!r}, choices={self.choices!r}, has_unknown={self.has_unknown!r}, written_otherwise={self.written_otherwise!r}, class_properties={self.class_properties!r})"
 return __repr__
MAKERS['add112416b18672d5f52cc05724784ff6c956b230e6dca3bd1577ece699b0739'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.node,self.properties,self.choices,self.has_unknown,self.written_otherwise,self.class_properties,)==(other.node,other.properties,other.choices,other.has_unknown,other.written_otherwise,other.class_properties,)
  return NotImplemented
 return __eq__
MAKERS['a64ed85790ae4f536dae03dc867bf11076b9cb962c94ede42cf37d39ab16279f'] = __create_fn__

def __create_fn__(_type_program, _type_units, _type_bindings, _type_components, _type_incoming, _type_asserts, _type_refs, _type_deps, _type_assert_deps, _type_order, _type_spans, _type_diagnostics, _type_label_traps, _type_flows, _type_started, _type_members, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_label_traps, _dflt_flows, _dflt_started, _dflt_members, _return_type):
 def __init__(self,program:_type_program,units:_type_units,bindings:_type_bindings,components:_type_components,incoming:_type_incoming,asserts:_type_asserts,refs:_type_refs,deps:_type_deps,assert_deps:_type_assert_deps,order:_type_order,spans:_type_spans,diagnostics:_type_diagnostics,label_traps:_type_label_traps=_HAS_DEFAULT_FACTORY,flows:_type_flows=_HAS_DEFAULT_FACTORY,started:_type_started=_HAS_DEFAULT_FACTORY,members:_type_members=_HAS_DEFAULT_FACTORY)->_return_type:
  self.program=program
  self.units=units
  self.bindings=bindings
  self.components=components
  self.incoming=incoming
  self.asserts=asserts
  self.refs=refs
  self.deps=deps
  self.assert_deps=assert_deps
  self.order=order
  self.spans=spans
  self.diagnostics=diagnostics
  self.label_traps=_dflt_label_traps() if label_traps is _HAS_DEFAULT_FACTORY else label_traps
  self.flows=_dflt_flows() if flows is _HAS_DEFAULT_FACTORY else flows
  self.started=_dflt_started() if started is _HAS_DEFAULT_FACTORY else started
  self.members=_dflt_members() if members is _HAS_DEFAULT_FACTORY else members
 return __init__
MAKERS['5d5b4fe32e414ec485885ebb8e6841e00b63b4d3572d473e4012c4b2c1e9512b'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(program={self.program!r}, units={self.units!r}, bindings={self.bindings!r}, components={self.components!r}, incoming={self.incoming!r}, asserts={self.asserts!r}, refs={self.refs!r}, deps={self.deps!r}, assert_deps={self.assert_deps!r}, order={self.order!r}, spans={self.spans!r}, diagnostics={self.diagnostics!r}, label_traps={self.label_traps!r}, flows={self.flows!r}, started={self.started!r}, members={self.members!r})"
 return __repr__
MAKERS['e394e89ef12f48afb596fc702c5f907b79ba6f5dcabf2fce8dd1aeb600bd459d'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.program,self.units,self.bindings,self.components,self.incoming,self.asserts,self.refs,self.deps,self.assert_deps,self.order,self.spans,self.diagnostics,self.label_traps,self.flows,self.started,self.members,)==(other.program,other.units,other.bindings,other.components,other.incoming,other.asserts,other.refs,other.deps,other.assert_deps,other.order,other.spans,other.diagnostics,other.label_traps,other.flows,other.started,other.members,)
  return NotImplemented
 return __eq__
MAKERS['496f037ac0eac68c5cd195bc31ae64f318426c067e161b82397173e56386fdbe'] = __create_fn__

def __create_fn__(_type_caller, _type_flow, _type_first, _type_retries, _type_timeout, _type_timeout_of, _type_waits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_timeout_of, _dflt_waits, _return_type):
 def __init__(self,caller:_type_caller,flow:_type_flow,first:_type_first,retries:_type_retries,timeout:_type_timeout,timeout_of:_type_timeout_of=_dflt_timeout_of,waits:_type_waits=_dflt_waits)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'caller',caller)
  __dataclass_builtins_object__.__setattr__(self,'flow',flow)
  __dataclass_builtins_object__.__setattr__(self,'first',first)
  __dataclass_builtins_object__.__setattr__(self,'retries',retries)
  __dataclass_builtins_object__.__setattr__(self,'timeout',timeout)
  __dataclass_builtins_object__.__setattr__(self,'timeout_of',timeout_of)
  __dataclass_builtins_object__.__setattr__(self,'waits',waits)
 return __init__
MAKERS['9649e829977e062b12b0586ae93dbe0716b9d4f67ba233d3cd967561d960a0ac'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(caller={self.caller!r}, flow={self.flow!r}, first={self.first!r}, retries={self.retries!r}, timeout={self.timeout!r}, timeout_of={self.timeout_of!r}, waits={self.waits!r})"
 return __repr__
MAKERS['0e7c2a617cc02bde2ffcf050671d904a524b8e321d49f1d388c804deb0829a6c'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.caller,self.flow,self.first,self.retries,self.timeout,self.timeout_of,self.waits,)==(other.caller,other.flow,other.first,other.retries,other.timeout,other.timeout_of,other.waits,)
  return NotImplemented
 return __eq__
MAKERS['873ee9bd93403352dc61f988e6af1a1db149fad339cbee8cf1c2bec0006763f7'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('caller','flow','first','retries','timeout','timeout_of','waits',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['56153c47faa7dca55c1972a89d6aa03777c486bfba9e3837e4d900c3ff63a29f'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('caller','flow','first','retries','timeout','timeout_of','waits',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['a803a4fdca75b18b4027cefede986b99f4d71ffa3bf202dd2b5f87bb7da08cbc'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.caller,self.flow,self.first,self.retries,self.timeout,self.timeout_of,self.waits,))
 return __hash__
MAKERS['07cef544d8b1c2bdfb0768572ed62af4cd5d2fd6ff07e824817fefd3414468c1'] = __create_fn__

def __create_fn__(_type_downstream, _type_service_time, _type_servers, _type_instances, _type_latency, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_service_time, _dflt_servers, _dflt_instances, _dflt_latency, _return_type):
 def __init__(self,downstream:_type_downstream,service_time:_type_service_time=_dflt_service_time,servers:_type_servers=_dflt_servers,instances:_type_instances=_dflt_instances,latency:_type_latency=_dflt_latency)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'downstream',downstream)
  __dataclass_builtins_object__.__setattr__(self,'service_time',service_time)
  __dataclass_builtins_object__.__setattr__(self,'servers',servers)
  __dataclass_builtins_object__.__setattr__(self,'instances',instances)
  __dataclass_builtins_object__.__setattr__(self,'latency',latency)
 return __init__
MAKERS['b7bf914e5b05656d7ad2326cb3494e5421cb0a4db16592f4187cc039b16c2ec2'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(downstream={self.downstream!r}, service_time={self.service_time!r}, servers={self.servers!r}, instances={self.instances!r}, latency={self.latency!r})"
 return __repr__
MAKERS['6f13a12bf83b86e89c254f6d009966582d89ac22e10603f1b375bdb01a57f837'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.downstream,self.service_time,self.servers,self.instances,self.latency,)==(other.downstream,other.service_time,other.servers,other.instances,other.latency,)
  return NotImplemented
 return __eq__
MAKERS['a55ecb072eaf2a3c6f79d87e41a02f917424091779f19c6a045d33de590b5a26'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('downstream','service_time','servers','instances','latency',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['3b1c16b5e3315f133f7f0a65b56921b5b848c1f9e2620909dc018230f2566a9c'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('downstream','service_time','servers','instances','latency',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['d1b597c093f89c79bf891ebbacedf2d815a145dfe052c64a3ef824636c727862'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.downstream,self.service_time,self.servers,self.instances,self.latency,))
 return __hash__
MAKERS['a27d05dededfcc483ebfa912400d9ec0d2983e7b438f8cde1d1935d5f5fd3d68'] = __create_fn__

def __create_fn__(_type_name, _type_callers, _type_error_rate, _type_rate_limit, _type_served, _type_response, _type_calls, _type_retries, _type_flow_loads, _type_relays, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_relays, _return_type):
 def __init__(self,name:_type_name,callers:_type_callers,error_rate:_type_error_rate,rate_limit:_type_rate_limit,served:_type_served,response:_type_response,calls:_type_calls,retries:_type_retries,flow_loads:_type_flow_loads,relays:_type_relays=_dflt_relays)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'callers',callers)
  __dataclass_builtins_object__.__setattr__(self,'error_rate',error_rate)
  __dataclass_builtins_object__.__setattr__(self,'rate_limit',rate_limit)
  __dataclass_builtins_object__.__setattr__(self,'served',served)
  __dataclass_builtins_object__.__setattr__(self,'response',response)
  __dataclass_builtins_object__.__setattr__(self,'calls',calls)
  __dataclass_builtins_object__.__setattr__(self,'retries',retries)
  __dataclass_builtins_object__.__setattr__(self,'flow_loads',flow_loads)
  __dataclass_builtins_object__.__setattr__(self,'relays',relays)
 return __init__
MAKERS['751facf863daa03b811a2bf39ba9480b7af424632392e70bda9741b7187e7088'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, callers={self.callers!r}, error_rate={self.error_rate!r}, rate_limit={self.rate_limit!r}, served={self.served!r}, response={self.response!r}, calls={self.calls!r}, retries={self.retries!r}, flow_loads={self.flow_loads!r}, relays={self.relays!r})"
 return __repr__
MAKERS['f7811642d567feca87a82d17b78edc93b9afc41a8e6d29382b2e64e0dff76b99'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.callers,self.error_rate,self.rate_limit,self.served,self.response,self.calls,self.retries,self.flow_loads,self.relays,)==(other.name,other.callers,other.error_rate,other.rate_limit,other.served,other.response,other.calls,other.retries,other.flow_loads,other.relays,)
  return NotImplemented
 return __eq__
MAKERS['c3c7ff2855721b838e1bef6b8bfb8d1555caba5b1ce80a16c01f87b9daa034ce'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','callers','error_rate','rate_limit','served','response','calls','retries','flow_loads','relays',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['6d7b4703a1b8a5dccd36bcd7c0811a241b79ba4b999579bb772f549c0ddf482e'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','callers','error_rate','rate_limit','served','response','calls','retries','flow_loads','relays',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['3b58b72f28f31f700dcca8d1f3d925371747f6cc3b953f7ec3007ac3f8bac357'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.callers,self.error_rate,self.rate_limit,self.served,self.response,self.calls,self.retries,self.flow_loads,self.relays,))
 return __hash__
MAKERS['5748e0f0b6585fede34d1d36a3256df53956fd3c245bfa4febb289a4648eec34'] = __create_fn__

def __create_fn__(_type_first, _type_offered, _type_rate_limited, _type_overloaded, _type_failed, _type_timed_out, _type_downstream, _type_failure_share, _type_limit, _type_callers, _type_attempt_failure, _type_timeouts, _type_binding, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_callers, _dflt_attempt_failure, _dflt_timeouts, _dflt_binding, _return_type):
 def __init__(self,first:_type_first,offered:_type_offered,rate_limited:_type_rate_limited,overloaded:_type_overloaded,failed:_type_failed,timed_out:_type_timed_out,downstream:_type_downstream,failure_share:_type_failure_share,limit:_type_limit,callers:_type_callers=_dflt_callers,attempt_failure:_type_attempt_failure=_HAS_DEFAULT_FACTORY,timeouts:_type_timeouts=_HAS_DEFAULT_FACTORY,binding:_type_binding=_dflt_binding)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'first',first)
  __dataclass_builtins_object__.__setattr__(self,'offered',offered)
  __dataclass_builtins_object__.__setattr__(self,'rate_limited',rate_limited)
  __dataclass_builtins_object__.__setattr__(self,'overloaded',overloaded)
  __dataclass_builtins_object__.__setattr__(self,'failed',failed)
  __dataclass_builtins_object__.__setattr__(self,'timed_out',timed_out)
  __dataclass_builtins_object__.__setattr__(self,'downstream',downstream)
  __dataclass_builtins_object__.__setattr__(self,'failure_share',failure_share)
  __dataclass_builtins_object__.__setattr__(self,'limit',limit)
  __dataclass_builtins_object__.__setattr__(self,'callers',callers)
  __dataclass_builtins_object__.__setattr__(self,'attempt_failure',_dflt_attempt_failure() if attempt_failure is _HAS_DEFAULT_FACTORY else attempt_failure)
  __dataclass_builtins_object__.__setattr__(self,'timeouts',_dflt_timeouts() if timeouts is _HAS_DEFAULT_FACTORY else timeouts)
  __dataclass_builtins_object__.__setattr__(self,'binding',binding)
 return __init__
MAKERS['cb3f8c155d257f9c182e27c0678fdd6d0c42016a0a9d57845ca5481f65ae5a88'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(first={self.first!r}, offered={self.offered!r}, rate_limited={self.rate_limited!r}, overloaded={self.overloaded!r}, failed={self.failed!r}, timed_out={self.timed_out!r}, downstream={self.downstream!r}, failure_share={self.failure_share!r}, limit={self.limit!r}, callers={self.callers!r}, attempt_failure={self.attempt_failure!r}, timeouts={self.timeouts!r}, binding={self.binding!r})"
 return __repr__
MAKERS['48da402f6a3fa0b3b80014ec1ca2d05ec4142603e584c0ee155c2dd2e0a51fcd'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.first,self.offered,self.rate_limited,self.overloaded,self.failed,self.timed_out,self.downstream,self.failure_share,self.limit,self.callers,self.attempt_failure,self.timeouts,self.binding,)==(other.first,other.offered,other.rate_limited,other.overloaded,other.failed,other.timed_out,other.downstream,other.failure_share,other.limit,other.callers,other.attempt_failure,other.timeouts,other.binding,)
  return NotImplemented
 return __eq__
MAKERS['d365da7873ee05f9ee30559122c5621f5db7ba7381b6437583730f42bf3c4d62'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('first','offered','rate_limited','overloaded','failed','timed_out','downstream','failure_share','limit','callers','attempt_failure','timeouts','binding',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['ef34fe085f26b04333c6b8cd6487ac003c65b4436e317d773fd340acd3ddaabe'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('first','offered','rate_limited','overloaded','failed','timed_out','downstream','failure_share','limit','callers','attempt_failure','timeouts','binding',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['396bbbc54b34e3383e024a95ce288fc4f318cf9d0dffab285eea3e2467aa8f62'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.first,self.offered,self.rate_limited,self.overloaded,self.failed,self.timed_out,self.downstream,self.failure_share,self.limit,self.callers,self.attempt_failure,self.timeouts,self.binding,))
 return __hash__
MAKERS['c8309ff6e529094e39c3dc3b6ad7368add76b135775d0e27395b10cf7fd3d817'] = __create_fn__

def __create_fn__(_type_fails_by, _type_multiplier, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,fails_by:_type_fails_by,multiplier:_type_multiplier)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'fails_by',fails_by)
  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)
 return __init__
MAKERS['4b4d9dd1240131b732b438be44b193a8b6a8174e2eb3b4b2bbbb97e7da7b8704'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fails_by={self.fails_by!r}, multiplier={self.multiplier!r})"
 return __repr__
MAKERS['6cfdf2e3c6e70ba6d584dd7e3db59eace4c3eadb8a87e56d6e002f4acaeb1f47'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fails_by,self.multiplier,)==(other.fails_by,other.multiplier,)
  return NotImplemented
 return __eq__
MAKERS['518575756c36f17a2f7b1e26892aaef75aef0822e001c75afe6473671e981dbd'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('fails_by','multiplier',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['f680e8a1640ae90f135f6f2e389fd817f5394ba0391fad118730338cb4ca39e5'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('fails_by','multiplier',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['171db76ef54a1d66846c99af9f73798160741ca15e305d224fb84d1e015c4386'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.fails_by,self.multiplier,))
 return __hash__
MAKERS['6e470923196d85994cf02dd8ae094fadc3cf8281210972a5a65800984f756b33'] = __create_fn__

def __create_fn__(_type_multiplier, _type_fails_by, _type_limits, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,multiplier:_type_multiplier,fails_by:_type_fails_by,limits:_type_limits)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'multiplier',multiplier)
  __dataclass_builtins_object__.__setattr__(self,'fails_by',fails_by)
  __dataclass_builtins_object__.__setattr__(self,'limits',limits)
 return __init__
MAKERS['47f6c719a4b54b66bd5a3e2d295773af3057c84bdc7256a702745d2dcc810b66'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(multiplier={self.multiplier!r}, fails_by={self.fails_by!r}, limits={self.limits!r})"
 return __repr__
MAKERS['4d2738e2208718cccaa5c4b30d8b5b29aebc743a0001e5a8e48290714f47e5f5'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.multiplier,self.fails_by,self.limits,)==(other.multiplier,other.fails_by,other.limits,)
  return NotImplemented
 return __eq__
MAKERS['f5febc1125d6debaf33e3daaa2f184b68c54a02c49262ff42feef0c81d1ea52e'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('multiplier','fails_by','limits',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['bc8c3d115409f547db79c41521cb1286d5e555017f1e41231773262086320a3b'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('multiplier','fails_by','limits',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['f2e9b2ef7d2ea02ef39cc7b88c0c8c252e4a4e491b422fb0057ef3ba053c41f7'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.multiplier,self.fails_by,self.limits,))
 return __hash__
MAKERS['4a03d8f52446690e8810e30b3755cea15bd1d1be2ce4f69e8e4b7d2d4e6cfd27'] = __create_fn__

def __create_fn__(_type_id, _type_level, _type_short, _type_meaning, _type_formula, _type_remedies, _type_section, _type_tags, _type_doc, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_doc, _return_type):
 def __init__(self,id:_type_id,level:_type_level,short:_type_short,meaning:_type_meaning,formula:_type_formula,remedies:_type_remedies,section:_type_section,tags:_type_tags,doc:_type_doc=_dflt_doc)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'level',level)
  __dataclass_builtins_object__.__setattr__(self,'short',short)
  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)
  __dataclass_builtins_object__.__setattr__(self,'formula',formula)
  __dataclass_builtins_object__.__setattr__(self,'remedies',remedies)
  __dataclass_builtins_object__.__setattr__(self,'section',section)
  __dataclass_builtins_object__.__setattr__(self,'tags',tags)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
 return __init__
MAKERS['ad34a21a28648bf3dd531998698422e37a96c2c93921845d8751fda03830f083'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, level={self.level!r}, short={self.short!r}, meaning={self.meaning!r}, formula={self.formula!r}, remedies={self.remedies!r}, section={self.section!r}, tags={self.tags!r}, doc={self.doc!r})"
 return __repr__
MAKERS['66b021671c6085fb651af3f87497422c098cfe4d769879c8ca9a5147fa6c8d6d'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.level,self.short,self.meaning,self.formula,self.remedies,self.section,self.tags,self.doc,)==(other.id,other.level,other.short,other.meaning,other.formula,other.remedies,other.section,other.tags,other.doc,)
  return NotImplemented
 return __eq__
MAKERS['8d3f63e97b4cf04e32f0ea8f6d1e035937d3fbdf169fc5f02f1198ccf099067b'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','level','short','meaning','formula','remedies','section','tags','doc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['a1f68782f7f54d78c8da3e75cbf1e2b4e8276b95b3b28e463f2cd29ad0bf7a79'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','level','short','meaning','formula','remedies','section','tags','doc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['44a4a8c5cf73247a81068d1e997d5aef136d5c746d1af1dd3b1c40320f34005e'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.level,self.short,self.meaning,self.formula,self.remedies,self.section,self.tags,self.doc,))
 return __hash__
MAKERS['2e7dc18728c6e796cacb9d43fe88a052227bd3cabcaaed20b044d2b6ea4918a3'] = __create_fn__

def __create_fn__(_type_label, _type_span, _type_samples, _type_node, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_node, _return_type):
 def __init__(self,label:_type_label,span:_type_span,samples:_type_samples,node:_type_node=_dflt_node)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'samples',samples)
  __dataclass_builtins_object__.__setattr__(self,'node',node)
 return __init__
MAKERS['b0148a6772e663ae604f6b1f6dfd81c982c5d35fe15961efac86d05c1feec4c6'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(label={self.label!r}, span={self.span!r}, samples={self.samples!r}, node={self.node!r})"
 return __repr__
MAKERS['32adbac3157c5b29f1d759ddc0923cc0a7ee895a23a3d0239498a91a56afe0cd'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.label,self.span,self.samples,self.node,)==(other.label,other.span,other.samples,other.node,)
  return NotImplemented
 return __eq__
MAKERS['625d8773eb4ae4e91db7aedf791cbfbb51971def998bd840187b352db74e6867'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('label','span','samples','node',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['789475446fde893b0848601c4033d8a69761c3d5fa44fd747947d2bea2566335'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('label','span','samples','node',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['c664024c4cc80b678cc0359849a07559f40f87d7b42619ebfbc8e58e44a9e772'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.label,self.span,self.samples,self.node,))
 return __hash__
MAKERS['030a6c2745f797262501c7da49ff2a2812f34ea331659f96f50b7f66c4f9ae7f'] = __create_fn__

def __create_fn__(_type_p5, _type_p50, _type_p95, _type_mean, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,p5:_type_p5,p50:_type_p50,p95:_type_p95,mean:_type_mean)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'p5',p5)
  __dataclass_builtins_object__.__setattr__(self,'p50',p50)
  __dataclass_builtins_object__.__setattr__(self,'p95',p95)
  __dataclass_builtins_object__.__setattr__(self,'mean',mean)
 return __init__
MAKERS['68f6710195ab8b2c858a6688b2c64bd101a4961b228f16cd8ef1a750cac572e9'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(p5={self.p5!r}, p50={self.p50!r}, p95={self.p95!r}, mean={self.mean!r})"
 return __repr__
MAKERS['f9028a5651858eb3966e6919f537abd7551fd6d37678ed7f3b7135d9cf834de9'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.p5,self.p50,self.p95,self.mean,)==(other.p5,other.p50,other.p95,other.mean,)
  return NotImplemented
 return __eq__
MAKERS['e64ae63e95a97c83b5b54a34de33fb621186fc2e07459a703f275b380581f15f'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('p5','p50','p95','mean',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['b9cfbdbb4d2680ebe4bab148cb254721623dd6d8dad5a295ed998e1bb7298237'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('p5','p50','p95','mean',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['b9e559120498ac49b1e1a3cf7ca8a91c55774484849b3200500058387be17705'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.p5,self.p50,self.p95,self.mean,))
 return __hash__
MAKERS['6bfe8dfc4823a472dbb8b49506a2e681ad8449310f5c5a2bff1f224a5b0740d9'] = __create_fn__

def __create_fn__(_type_exit_code, _type_errors, _type_diff, _type_note, _type_diagnostics, _type_changed_line, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_exit_code, _dflt_errors, _dflt_diff, _dflt_note, _dflt_diagnostics, _dflt_changed_line, _return_type):
 def __init__(self,exit_code:_type_exit_code=_dflt_exit_code,errors:_type_errors=_HAS_DEFAULT_FACTORY,diff:_type_diff=_dflt_diff,note:_type_note=_dflt_note,diagnostics:_type_diagnostics=_HAS_DEFAULT_FACTORY,changed_line:_type_changed_line=_dflt_changed_line)->_return_type:
  self.exit_code=exit_code
  self.errors=_dflt_errors() if errors is _HAS_DEFAULT_FACTORY else errors
  self.diff=diff
  self.note=note
  self.diagnostics=_dflt_diagnostics() if diagnostics is _HAS_DEFAULT_FACTORY else diagnostics
  self.changed_line=changed_line
 return __init__
MAKERS['710366f9e9cd570e073d344af7136f5237a25b684614b040e93004fc03feda3d'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(exit_code={self.exit_code!r}, errors={self.errors!r}, diff={self.diff!r}, note={self.note!r}, diagnostics={self.diagnostics!r}, changed_line={self.changed_line!r})"
 return __repr__
MAKERS['4ce00f2bda70e6b8957e016c9e1bf66d10c00844d1d7e7e382cc85cd2e5e3445'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.exit_code,self.errors,self.diff,self.note,self.diagnostics,self.changed_line,)==(other.exit_code,other.errors,other.diff,other.note,other.diagnostics,other.changed_line,)
  return NotImplemented
 return __eq__
MAKERS['1c5a2ac877a2abe7e234eef656b6d66cb7e5e7b6e4bbcfdccf12cf4bdaef45bc'] = __create_fn__

def __create_fn__(_type_text, _type_line_of, _type_blocks, _type_markers, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,line_of:_type_line_of,blocks:_type_blocks,markers:_type_markers)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'line_of',line_of)
  __dataclass_builtins_object__.__setattr__(self,'blocks',blocks)
  __dataclass_builtins_object__.__setattr__(self,'markers',markers)
 return __init__
MAKERS['0751e1b3d4335a3fc6373c9f36e1bc20988b466de93b6c519a5f5da71c551c3c'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, line_of={self.line_of!r}, blocks={self.blocks!r}, markers={self.markers!r})"
 return __repr__
MAKERS['d31856afabbe9e6ac18be709862a797011422c46466aba2c9ec63e82d78e2ead'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.line_of,self.blocks,self.markers,)==(other.text,other.line_of,other.blocks,other.markers,)
  return NotImplemented
 return __eq__
MAKERS['6796250f8cc9459b641254b8e7bd362b639dbda560437c7b25617aaffa177cdb'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','line_of','blocks','markers',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['55319a63739506d00389bb02d0bebb304e879a7484d031752f71ebd54b19a05b'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','line_of','blocks','markers',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['829abd4d214b38a920a6c373bdd395cd97f1fa6bb6fd7d1cd06999af3182e78c'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.line_of,self.blocks,self.markers,))
 return __hash__
MAKERS['2070f0f3647bfc2b1c2b6b4771c9b55ada546f729774a61f20d952126ddbc42b'] = __create_fn__

def __create_fn__(_type_path, _type_data, _type_markdown, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,data:_type_data,markdown:_type_markdown)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'data',data)
  __dataclass_builtins_object__.__setattr__(self,'markdown',markdown)
 return __init__
MAKERS['52f3ca3994cc28477364e3f0a91babdd2adcbdf52f3290a09f634d6d5f1b64cb'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, data={self.data!r}, markdown={self.markdown!r})"
 return __repr__
MAKERS['5a7b0b32204848e51480ae8127e0703047c834179c60ab5a090a1f29f6b5a907'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.data,self.markdown,)==(other.path,other.data,other.markdown,)
  return NotImplemented
 return __eq__
MAKERS['aeb10665e4d4da726574da75fdf5b2ca4e54734581057b8f4eef8ce6ce6b4716'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','data','markdown',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['86350b1a527353b5f38e1ef51301747f57154474fbf2064d9496c777554bd869'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','data','markdown',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['14a2547ef7d27958db6e2165c3a302c5e9fb874979b1ecab70adab4f55512840'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.data,self.markdown,))
 return __hash__
MAKERS['4e63ae8de00e56367ec248242d129dfd6435cfc4f98a99769196a64678cd323e'] = __create_fn__

def __create_fn__(_type_name, _type_samples, _type_unit, _type_p5, _type_p50, _type_p95, _type_percent, _type_seed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_seed, _return_type):
 def __init__(self,name:_type_name,samples:_type_samples,unit:_type_unit,p5:_type_p5,p50:_type_p50,p95:_type_p95,percent:_type_percent,seed:_type_seed=_dflt_seed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'samples',samples)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'p5',p5)
  __dataclass_builtins_object__.__setattr__(self,'p50',p50)
  __dataclass_builtins_object__.__setattr__(self,'p95',p95)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'seed',seed)
 return __init__
MAKERS['7dac7132c4e355dbd4430ebd5150f6bb3d7b486e4e272733edf4d854a02b38c2'] = __create_fn__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, samples={self.samples!r}, unit={self.unit!r}, p5={self.p5!r}, p50={self.p50!r}, p95={self.p95!r}, percent={self.percent!r}, seed={self.seed!r})"
 return __repr__
MAKERS['7ce9e960cbf283e29ad542e2262e55f270c04bcfd19e105900ea1119324e3c20'] = __create_fn__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.samples,self.unit,self.p5,self.p50,self.p95,self.percent,self.seed,)==(other.name,other.samples,other.unit,other.p5,other.p50,other.p95,other.percent,other.seed,)
  return NotImplemented
 return __eq__
MAKERS['b6bf500e2504231010ca4638658626df4ef769a0ffce668c50692ffc53221ef3'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','samples','unit','p5','p50','p95','percent','seed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
MAKERS['f776e483678f77ba28b0e78b9536ea54276de8b10bdabac66fe64ca22ca4e914'] = __create_fn__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','samples','unit','p5','p50','p95','percent','seed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
MAKERS['72759c4b5f5c7840f5f0b63283cb337daffb7c2a56d329d3417418f3c2499087'] = __create_fn__

def __create_fn__():
 def __hash__(self):
  return hash((self.name,self.samples,self.unit,self.p5,self.p50,self.p95,self.percent,self.seed,))
 return __hash__
MAKERS['2374af6a2b3449b1400b1797d553f6559b4e5fcb3a2b7f50d44f223956c730f5'] = __create_fn__

#: Each class's recipe (`bote.dataclasses_replay`), by its module and qualified name.
CLASSES = {
    ('bote.errors', 'Span'): ((('file', 'str'), ('line', 'int'), ('column', 'int'), ('end_line', 'int'), ('end_column', 'int')), ('field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('file', 'field', True, True, True, True, None, True, False), ('line', 'field', True, True, True, True, None, True, False), ('column', 'field', True, True, True, True, None, True, False), ('end_line', 'field', True, True, True, True, None, True, False), ('end_column', 'field', True, True, True, True, None, True, False))), {'__init__': '99df5eee97e1bc131c7ed8aaed8d31bbf9511898e372a4e83433d0f21ab0edf6', '__repr__': '5ef6f3d1be42a6a6d3672973bac3f651ee6d263d37f4556b946ca40e1983779e', '__eq__': '512b26b798d4327c43aeab91eb96bc95b12ce28f8042dfad3dfdd973cd2a2f52', '__setattr__': '9694d9ec6c6c409334504cae6fdfb6e97da82b7458d982f0580b7bf67dffa23d', '__delattr__': '9f1a2f97686e28225e5dd44ac999138b209a543c6844e650643a9bfb6c9ebc83', '__hash__': 'b7553d1699e20c1f5b4323d0a45c6f53126c0fc92e51fdf431e911b3db073b01'}, None),
    ('bote.errors', 'Diagnostic'): ((('kind', 'str'), ('message', 'str'), ('span', 'Span | None'), ('hint', 'str | None'), ('notes', 'tuple[str, ...]')), ('field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('kind', 'field', True, True, True, True, None, True, False), ('message', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('hint', 'field', False, True, True, True, None, True, False), ('notes', 'field', False, True, True, True, None, True, False))), {'__init__': '096e13ebdfd6d40418b7be9944ce0b7220cd6e04b19972327485cdfc82d6fc31', '__repr__': 'ad164fa36b8560eb2dd008e5b4f3c85ba3c863b6264dedc4cb19b824cb5a90c3', '__eq__': 'b399c6994b80b34793a849d4294452236df990ce68de8675680d648607e12bc9', '__setattr__': '54e8b63c99e450fe4f0338e0282db5261b349ace77f5bf0d787049a37c9bce85', '__delattr__': 'be55ed470376d9034d003078d815f8e340dccf1d1d00fd17cf8b731f4ff229c6', '__hash__': '7926729a7c6631d5794a745fc2dcee7c726c2192de6d03ca3b93832850d22ba2'}, None),
    ('bote.language.nodes', 'Number'): ((('value', 'Fraction'), ('text', 'str'), ('span', 'Span')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('value', 'field', True, True, True, True, None, True, False), ('text', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '650210aee29cdc94505e918e1eeb3221369ad0e47f24b3f249bae79d9bfb9878', '__repr__': '9e3f984488477862992a908bf39d22251b7ed3b981a7c937928f379c785b74e5', '__eq__': 'cbfc7e51e99372e22b204145f764c56c17b25d905e731065787aa92e748c9a49', '__setattr__': 'ea574cd1407807b664467abb3260daf82d0b98203b9363fc47f7f79a7fca1111', '__delattr__': '4203427ff98d9e1ad0df254dc99fe4f155cded4c819b70848eacac4876e3c3b0', '__hash__': '5ba1b4338e5b261b7d7b8d683c131f263636eabb8976ba6d84576ef10dd2cc8d'}, ("Number(value: 'Fraction', text: 'str', span: 'Span')", ())),
    ('bote.language.nodes', 'Name'): ((('id', 'str'), ('span', 'Span')), ('field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('id', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '425120338398bcfddd2523399cbe92f17109e26dd4e83027dbdde3ca2bec213d', '__repr__': '15edc7e7a8866f12aca0f990bb8903aeeddbc9eb61c16686e97e8aade3092499', '__eq__': '7d3f40d0066e8c870f8662d0ccc051ae2492a69135d0d1c9e7ed6e1296fa7bc3', '__setattr__': '0fc22076ea43c5c916cf49a3700d0fb77a1e0d3aefa104be57c285e8186a3430', '__delattr__': '327ca838b2c92d7b48c9abbb669f4805d050e25c166dec63255733de09863e84', '__hash__': 'cbea84e94893ea7ed621ab4fa7662c9be66e09bdf9d4ea9be49581ab72069526'}, ("Name(id: 'str', span: 'Span')", ())),
    ('bote.language.nodes', 'Attribute'): ((('component', 'str'), ('figure', 'str'), ('span', 'Span'), ('flow_class', 'str | None')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('component', 'field', True, True, True, True, None, True, False), ('figure', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('flow_class', 'field', False, True, True, True, None, True, False))), {'__init__': 'a948f46ed99d924b30232223aee1dd1c041c45bc9ba19e8ee70a68ed9bced904', '__repr__': 'a5abe47d73cc8bcf88a864a3d3201310bf7df5a723bf1f979844176271aca9d7', '__eq__': '333814fc26529421c7657b66c984aaf37626bd8546e61ead5ebed517e7371395', '__setattr__': '566e484c55a3d4b912a79c39ce330adf585ff19cae38b72130580f0aaa1513f2', '__delattr__': 'c8ed2abc306311274fca59b0323f1f874fe9f91ed3f5e823b675f738bc550b97', '__hash__': 'e5bd935e6ca092c6efa5c3f9d065db566b1c9a2a469aec7804540e321d7ce599'}, None),
    ('bote.language.nodes', 'Call'): ((('function', 'str'), ('args', 'tuple[Expr, ...]'), ('span', 'Span')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('function', 'field', True, True, True, True, None, True, False), ('args', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': 'd5865128efae022a53cbabb42fd1b3f38b86fc2608829c3b2e7720428f610e09', '__repr__': 'bc1feb65ebc2766fbabfa9b281d3da2c4ecb1882dce12b1e4c790baa2edeaa9f', '__eq__': 'ea9609a15217f523698ad0d84580e1d6669c4b2e7cbf8a9a5ab4a92efb3c4591', '__setattr__': '17eb81506a2852c2f85fa97e77137a04ae110470affb83a07a468cdd7495ae83', '__delattr__': '2aaf758dd641fea8975efbd6c4d46425033223199a771eb56cd0c5160f49723f', '__hash__': '3ea8f2ef543425108eceacfb74fec5aee47bf76ef8e07fc709d30d4acd0f5f55'}, ("Call(function: 'str', args: 'tuple[Expr, ...]', span: 'Span')", ())),
    ('bote.language.nodes', 'Binary'): ((('op', 'str'), ('left', 'Expr'), ('right', 'Expr'), ('span', 'Span')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('op', 'field', True, True, True, True, None, True, False), ('left', 'field', True, True, True, True, None, True, False), ('right', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '6d212d7a69be3ed31ae1aace192d86196675c1228b1d653adfea983f32b0f9c7', '__repr__': 'e7c9cdef01495bd13d20f077f39ba88cea24287e8988b59dc58a73d7ea734a32', '__eq__': 'b1206d678ddc1de2abd1705cc660277c9e0502666511ed8f30c0d5e894607bc2', '__setattr__': '10d99f0c5e97d50962b645055c7676a6b0f742a6c1e55a10b6c1395c50842d98', '__delattr__': 'ab3afd71581163fe4e8254d5f1dff47ccb403f902b62c24547b76af9007f560d', '__hash__': '4a84b4d425bcdddc6f1495a2c21a7dd7c9308aefc1f7d212ad80df91af129807'}, None),
    ('bote.language.nodes', 'Unary'): ((('op', 'str'), ('operand', 'Expr'), ('span', 'Span')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('op', 'field', True, True, True, True, None, True, False), ('operand', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '574fc7b4f9edc838fdd7ecf5008d1e3779d4ab74648153088a95b9fdd799dcaf', '__repr__': '88d6919b7ff4ffdfa8b95b4f6daaf7c9034f23b18df898aa4bb45046f9c16b60', '__eq__': '458a840530466a6db69173f7b85de4c57477dc3f7da079b1b593e787c0ec53d0', '__setattr__': 'e49fed1fdaedc944e4fe94eecada5ff45d6cc5329d1fb937c628b5bc5daec410', '__delattr__': 'b45468b9b2090fba288c27fd02f254ac49c2c985cf37448bd85fe99cf0b7aadd', '__hash__': '5cfba5502bf062c67b062272c3fdda6fbf9198ccc038a1833d64b64789889677'}, None),
    ('bote.language.nodes', 'Compare'): ((('op', 'str'), ('left', 'Expr'), ('right', 'Expr'), ('span', 'Span')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('op', 'field', True, True, True, True, None, True, False), ('left', 'field', True, True, True, True, None, True, False), ('right', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '6d212d7a69be3ed31ae1aace192d86196675c1228b1d653adfea983f32b0f9c7', '__repr__': 'e7c9cdef01495bd13d20f077f39ba88cea24287e8988b59dc58a73d7ea734a32', '__eq__': 'b1206d678ddc1de2abd1705cc660277c9e0502666511ed8f30c0d5e894607bc2', '__setattr__': '10d99f0c5e97d50962b645055c7676a6b0f742a6c1e55a10b6c1395c50842d98', '__delattr__': 'ab3afd71581163fe4e8254d5f1dff47ccb403f902b62c24547b76af9007f560d', '__hash__': '4a84b4d425bcdddc6f1495a2c21a7dd7c9308aefc1f7d212ad80df91af129807'}, ("Compare(op: 'str', left: 'Expr', right: 'Expr', span: 'Span')", ())),
    ('bote.language.nodes', 'Within'): ((('left', 'Expr'), ('right', 'Expr'), ('tolerance', 'Expr'), ('span', 'Span')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('left', 'field', True, True, True, True, None, True, False), ('right', 'field', True, True, True, True, None, True, False), ('tolerance', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '542bf94ec8c52c9f8683a3bb3417cb908c5339a94cea567ddbdf1cddbc785dbf', '__repr__': '08b459a90039f58068ba64313d167c119f637fbdb2ed6c082bb4aa7becd569cd', '__eq__': 'b21eefa2fb31c9202e9f9e32e28e88c9d6b0841ac25029f6353467319a678593', '__setattr__': '7b3c0429e9bc1a4010ac2b7d1797c76afa92c87df7b0326e5ca7ad9a801481ed', '__delattr__': '99788dfa7635f4a21bb3e83b19f8cbba12f54325cbcf81a1f359efce9748ffaf', '__hash__': '6f4c510258dc2b4a627fc040e708f16456a662bf463e788a27302cd66d6e1b79'}, None),
    ('bote.language.nodes', 'Logical'): ((('op', 'str'), ('left', 'Expr'), ('right', 'Expr'), ('span', 'Span')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('op', 'field', True, True, True, True, None, True, False), ('left', 'field', True, True, True, True, None, True, False), ('right', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '6d212d7a69be3ed31ae1aace192d86196675c1228b1d653adfea983f32b0f9c7', '__repr__': 'e7c9cdef01495bd13d20f077f39ba88cea24287e8988b59dc58a73d7ea734a32', '__eq__': 'b1206d678ddc1de2abd1705cc660277c9e0502666511ed8f30c0d5e894607bc2', '__setattr__': '10d99f0c5e97d50962b645055c7676a6b0f742a6c1e55a10b6c1395c50842d98', '__delattr__': 'ab3afd71581163fe4e8254d5f1dff47ccb403f902b62c24547b76af9007f560d', '__hash__': '4a84b4d425bcdddc6f1495a2c21a7dd7c9308aefc1f7d212ad80df91af129807'}, None),
    ('bote.language.nodes', 'Convert'): ((('expr', 'Expr'), ('unit', 'Expr'), ('span', 'Span')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('expr', 'field', True, True, True, True, None, True, False), ('unit', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '0bf0283b25d1fe82a5111f9196ee295bc07da2e6653418ecdea73956728118d2', '__repr__': '418dec0c5fb5968ff552218e137e24db1a6396685b1c3caf9fff938689554a7c', '__eq__': '20b8ddfc5c4cb8b62f1a75a2f885b9607794b8af594b242f1cc3b11006522b72', '__setattr__': '4103d5527e6006b0f1f012789b4d2ca50bffdcbbb1d7ba706f7438c1460ab068', '__delattr__': 'aea56b4af029564bf599de0b0893b2059b5845bdce4eefff06320009980f0a4b', '__hash__': 'b65ee5ba4e73ce58cfd9290b41bd1e5deb127b11846fb8487afef85c5a398a0a'}, None),
    ('bote.language.nodes', 'Range'): ((('low', 'Expr'), ('high', 'Expr'), ('span', 'Span'), ('to_span', 'Span')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('low', 'field', True, True, True, True, None, True, False), ('high', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('to_span', 'field', True, True, True, True, None, True, False))), {'__init__': '8c335c23076735f70eb29d25ad3d770307066f38fa87bcd3e71af2155fa1d642', '__repr__': 'af7d29d3bb77848556f0bf4244d93d58ef6cb1fd26b5e18b1549d7c3ed017293', '__eq__': '6a70e7a85783f25018a223ce61171e2ac356c753b5db58121e858ca95bf74914', '__setattr__': 'b807ff18938dd119c1c4a3f0ea4315be30238438599a048309139de21c95a2eb', '__delattr__': '44066b3f9cbf7e9f66e876953b3126203f235a4c508e455b738798d60f80e353', '__hash__': '53371ee1cabc708699a841dd9e72d17da945ee1a8959a224d67efc62ed74cbf5'}, None),
    ('bote.language.nodes', 'String'): ((('value', 'str'), ('span', 'Span')), ('field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('value', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '5df4845186a580fcf97c4cbf1eb41905890e7e989460d510a0b73af5de9fbecb', '__repr__': 'fc75d65ec87e8ad3728f6f0675ab53881886f03d207f9a04cf34932eed378edc', '__eq__': 'f71aa89a4601472dc4612c7e433ecdf17d4b349fdec96bef199333a7c183d3b9', '__setattr__': '5fa79c066afc740ab32d960e6ea996b0e171f7c650c84b3aeb1b04a843491670', '__delattr__': 'aa80eabba35d6930b4b25ef410fdc3a24eb125e4a070e4de719c276d60a60330', '__hash__': '5abece505047e1816d220a0a79cce1a11e8700b4f1fa0dd249d0a5e6d58ec4e7'}, None),
    ('bote.language.nodes', 'Binding'): ((('name', 'str'), ('expr', 'Expr'), ('name_span', 'Span'), ('span', 'Span')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('expr', 'field', True, True, True, True, None, True, False), ('name_span', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '231b6ea2565261ee1e2a49347de34c04496f2153eab0b96e676a809ed15a2a77', '__repr__': '9a34ab0a0b6deb7d10fe71293591beb2bfb9631a1d7a36f6ca9fb35d83c83b71', '__eq__': '127aa23f0954b1c6f026c669542243de87b87c06e7e934fb41c605be165de3b7', '__setattr__': 'd502cca602ddfd6975beee3d8ff9d5aad68fb645f75650a8ed36509249ebc915', '__delattr__': '8304bd0959e315d92b2450d1a1afe507e618e19c2fdd700e9b965d31e0ead95b', '__hash__': 'ba4f9e55c9b1d058efb2df39dc5410be829d03083c61b1128b13d8b79e7d8894'}, ("Binding(name: 'str', expr: 'Expr', name_span: 'Span', span: 'Span')", ())),
    ('bote.language.nodes', 'UnitLabels'): ((('names', 'tuple[tuple[str, Span], ...]'), ('span', 'Span')), ('field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('names', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': 'ffb93acd4393545502a3a9f57cc86c6c60f6ea03757476d84c32074db2dcde2e', '__repr__': '245318b51ffbccce062ac350363e587836f87537d108d038791af4106a0a183e', '__eq__': 'fe4f5c06fa1a29c6cb48f5f270d413f8b7d932ce343b07f5373b45f45bc09815', '__setattr__': 'd92627e47c52e6980c19bedaf5222723a9476156000c1fa16351b2adea262dac', '__delattr__': 'f03739fa270d1412d33ad816ee56c13522fcf5a6641803579d1123b38fad949b', '__hash__': '665bc29ebe3c913dd5b5934bf403112474686a5e794ae7ecf5c694fe3e9a739a'}, None),
    ('bote.language.nodes', 'UnitAlias'): ((('name', 'str'), ('expr', 'Expr'), ('name_span', 'Span'), ('span', 'Span')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('expr', 'field', True, True, True, True, None, True, False), ('name_span', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '231b6ea2565261ee1e2a49347de34c04496f2153eab0b96e676a809ed15a2a77', '__repr__': '9a34ab0a0b6deb7d10fe71293591beb2bfb9631a1d7a36f6ca9fb35d83c83b71', '__eq__': '127aa23f0954b1c6f026c669542243de87b87c06e7e934fb41c605be165de3b7', '__setattr__': 'd502cca602ddfd6975beee3d8ff9d5aad68fb645f75650a8ed36509249ebc915', '__delattr__': '8304bd0959e315d92b2450d1a1afe507e618e19c2fdd700e9b965d31e0ead95b', '__hash__': 'ba4f9e55c9b1d058efb2df39dc5410be829d03083c61b1128b13d8b79e7d8894'}, None),
    ('bote.language.nodes', 'Property'): ((('name', 'str'), ('expr', 'Expr'), ('name_span', 'Span'), ('span', 'Span'), ('flow_class', 'str | None')), ('field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('expr', 'field', True, True, True, True, None, True, False), ('name_span', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('flow_class', 'field', False, True, True, True, None, True, False))), {'__init__': 'df49829c211bdb3a4652227ad95608108f43195bcebee9ab0fd2d8930b3e4d0f', '__repr__': 'f45ee1568da8171949c08f466349fc272209a78a458347d97bd44952d83e5134', '__eq__': '7fe9025a6088656c2a02880fb87424d71251c06f06b3f1646f33ee724d3af716', '__setattr__': '733d2166bd09bd8fda77efa9e98de53fd8274566a6969fecdf938628ad72c35c', '__delattr__': 'a32c867758d4ec6237a391590cc4674d26292e771cf5dba5ec39d12a9689dbf1', '__hash__': '88958d86424d4b6a7b9527e6ec98753e4e89a8cf8b56972e6635509b51f7acc2'}, ("Property(name: 'str', expr: 'Expr', name_span: 'Span', span: 'Span', flow_class: 'str | None' = None)", ('None',))),
    ('bote.language.nodes', 'Component'): ((('name', 'str'), ('properties', 'tuple[Property, ...]'), ('name_span', 'Span')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('properties', 'field', True, True, True, True, None, True, False), ('name_span', 'field', True, True, True, True, None, True, False))), {'__init__': '1d659c5632069e10781bc2234cc2fd1ec0c637ae3fce238f4158d365fb723647', '__repr__': '8403ab791c3803ddd21e826ea1afdb374724d84bf9e679056628749e00a1c7d1', '__eq__': 'e60043b5f3573e2b68b8a28edc7d90c30446f3e9dfb607319b993a59dd8efe61', '__setattr__': '88d8ba615135daadf1216743b6584baab1dc2df2eef3f46ab0038009abad226a', '__delattr__': '4cb5b2d41db8a19eeac98aedf8ee07b455b4fbeee77e7642b6a5c247b5e77763', '__hash__': '2940d6f069ce5d699484c75ceb41406b9d371d13b5f475ab283d6a5817530f8d'}, ("Component(name: 'str', properties: 'tuple[Property, ...]', name_span: 'Span')", ())),
    ('bote.language.nodes', 'Edge'): ((('source', 'str'), ('target', 'str'), ('multiplier', 'Expr | None'), ('source_span', 'Span'), ('target_span', 'Span'), ('flow_class', 'str'), ('batch', 'Expr | None')), ('field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('source', 'field', True, True, True, True, None, True, False), ('target', 'field', True, True, True, True, None, True, False), ('multiplier', 'field', True, True, True, True, None, True, False), ('source_span', 'field', True, True, True, True, None, True, False), ('target_span', 'field', True, True, True, True, None, True, False), ('flow_class', 'field', False, True, True, True, None, True, False), ('batch', 'field', False, True, True, True, None, True, False))), {'__init__': '9c6fdec5e8f76acc37487c25ba20d0421e01b439b285c72672c7956bdeb80932', '__repr__': 'e4f70e8e798861748f80a6990c2b816a2f7e4c1a5e952d52860a282140ace65e', '__eq__': 'd5b50baf863afa3b73d8666b434448f3e9fee9ed2591db2b74a1bfe646201bc3', '__setattr__': 'b29e0ab7470f8b19bac16c10c23b1f1adb6ca4255e54178fdb4fc14b9d563b46', '__delattr__': '34d68890309dc3ce58f1e78bb3e0b0e5ebfa258e8db660e8ed88ebda913c92d0', '__hash__': '720d717e079c2e711395ee7c0c227031ea78f25827851ba3e56eba5c7340d956'}, None),
    ('bote.language.nodes', 'Flow'): ((('edges', 'tuple[Edge, ...]'), ('span', 'Span'), ('name', 'str'), ('name_span', 'Span | None'), ('settings', 'tuple[tuple[str, Property], ...]')), ('field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('edges', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('name', 'field', False, True, True, True, None, True, False), ('name_span', 'field', False, True, True, True, None, True, False), ('settings', 'field', False, True, True, True, None, True, False))), {'__init__': 'c285584fb97fc213b216aad4e6d90bd0391b92896d85f48b0ebab1fe87bd871f', '__repr__': 'ca191d8175728156108c5643ecd795dc39e4fbb7dcaeb7785af48708e77243a2', '__eq__': 'e36dc1fddd8345d16d48522be616573a430d05cf91ce296b21bcf8ab3833bfda', '__setattr__': '3f0d0a4b064777d50cdd94a89b8447f285f16ba0e364cd95212b95a4422fee59', '__delattr__': '8d18945f671c8552d422d17bb92e59c44296cd8e8701d3cccb7a78c8c31bf0b7', '__hash__': '32d9aa7e378830f0a5f684433a83e6c80c4b30437dc84d8e4db6e79027583104'}, None),
    ('bote.language.nodes', 'Assert'): ((('expr', 'Expr'), ('text', 'str'), ('span', 'Span')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('expr', 'field', True, True, True, True, None, True, False), ('text', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '571365577c968b4d1cb14244fce5161b6da2ee2524a68b6a7666356eb7f6756f', '__repr__': '65955550f21ccfea6ce85c1bbb057acc759b2081b269fd251ab41377e696ddd0', '__eq__': '14e5272d58d592bb3b0e46671ba79368b0445401486d9c344c3b7e162dedc401', '__setattr__': '08a587b6cea810970a9b3f90c8cccbefb0e02cae0b2305ba585eb714a7925f76', '__delattr__': 'e601621c601a825110f3e59c43fe55c72820fdc12ef929cd5e9842f00952b9e2', '__hash__': '0109dd5ed66d5ae962ea043829f89253918ddac49c8c87c51dce0a7c68bc98a5'}, ("Assert(expr: 'Expr', text: 'str', span: 'Span')", ())),
    ('bote.language.nodes', 'Override'): ((('component', 'str'), ('name', 'str'), ('expr', 'Expr'), ('name_span', 'Span'), ('span', 'Span')), ('field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('component', 'field', True, True, True, True, None, True, False), ('name', 'field', True, True, True, True, None, True, False), ('expr', 'field', True, True, True, True, None, True, False), ('name_span', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '4d3fd0931b1fbaca93ed0cd352605e849dba1612f1bf88d0dd9db8639014471c', '__repr__': 'ae5b546147a2f116801dd1024b43a9964e392af3e9ec21cc5e3d7b2fcf3e4103', '__eq__': 'c2637e50087d535a1681461b152d3001b319d26c74d50c44faccefd57bef5f77', '__setattr__': '17b5f6eee51c34c2c1a383b22dee7bdf60c7f31b3f621ad457892909e028beb2', '__delattr__': '665167e361d5ff19d71df27fa2788f229f97f128f8760bdea57deb13cdbca598', '__hash__': '53ca0fa2fc1a01c81b0bb5f7dee05ad0a8f2a3442718a8f6068112cc4193499e'}, None),
    ('bote.language.nodes', 'Variant'): ((('name', 'str'), ('statements', 'tuple[Binding | Override | Component | Flow, ...]'), ('name_span', 'Span')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('statements', 'field', True, True, True, True, None, True, False), ('name_span', 'field', True, True, True, True, None, True, False))), {'__init__': 'e1e4aed40ba9ea3c8edb6255c66b8fd72d638401607650b64462c363590ed7c4', '__repr__': 'c5867332f869740dcd3df2b29c11b10f455b0496a9fa7506b8d7208802c0db11', '__eq__': 'd19d35fcd2f53a90b4e73c17e8f05ebaca20894c5e75920cec403143f76b6c89', '__setattr__': '57b63348e14a87fca6de4dffe064d94749f2cf1147175c066b53f795b7a9adea', '__delattr__': '1628c7fe2e9751b85f0d6c05f6a2e4f8b7ca70ba3a44ab79bf867b8fbda7aec5', '__hash__': '3180f085413409a71ac1e7f6276bf70aaccd315d0e33e514f587b84157518366'}, None),
    ('bote.language.nodes', 'Program'): ((('statements', 'tuple[Statement, ...]'), ('filename', 'str'), ('source', 'str'), ('extra', 'tuple[tuple[str, str], ...]')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('statements', 'field', True, True, True, True, None, True, False), ('filename', 'field', True, True, True, True, None, True, False), ('source', 'field', True, True, True, True, None, True, False), ('extra', 'field', False, True, True, True, None, True, False))), {'__init__': '1cd69edcd13ab719b164f40c95abc6d11bc5afab32b8a2ff3159f35497ea74f8', '__repr__': '665f0885fdb617680e91a12e55fd6f862ef85b2a9732ce3ee94615cc39df15e2', '__eq__': '2aa998e10d5e135fea6821a04c7124466b17453e899ad1d6425e72a660c72370', '__setattr__': '9155237ed7e673573858fbc1e84ac11fe81370be936ffd58745464656c10b087', '__delattr__': 'c31a349e3c265593bd42debf65daaaffba36814b78f04246ffe8dbafc8b73c8a', '__hash__': 'ce45865038000aa6922eb1a272bacc998727ebfc5ac4dd4766c355152d09d3d6'}, ("Program(statements: 'tuple[Statement, ...]', filename: 'str', source: 'str', extra: 'tuple[tuple[str, str], ...]' = ())", ('()',))),
    ('bote.language.units', 'UnitInfo'): ((('name', 'str'), ('symbol', 'str'), ('factor', 'Fraction | float'), ('dims', 'Dims'), ('kind', 'str'), ('labels', 'UnitExpr')), ('field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('symbol', 'field', True, True, True, True, None, True, False), ('factor', 'field', True, True, True, True, None, True, False), ('dims', 'field', True, True, True, True, None, True, False), ('kind', 'field', True, True, True, True, None, True, False), ('labels', 'field', False, True, True, True, None, True, False))), {'__init__': '468d322e9c7fd6c9d1ff68fe67021058cb4afcd075645b763e6c956beffbe841', '__repr__': '007660ae1ff895ce296d1649ff65a7fd990528545f7b48a78c3715da48e3d982', '__eq__': 'ff14dee3584b8cc09fd55109e154d708d436f0ec278756099e8573a2b269f682', '__setattr__': 'a5f69f214cf436252d1c40611e73c3bdb895843f446f5c34669d33e2a526064b', '__delattr__': '1b09b7c9040e9dd74561050374a9aedb5ebc38136fb0ef62e7d45c9e813b05bb', '__hash__': 'e155d88f018d5933b1ee0c9e88cb8382d9c7ebd8ff10a571b1f3ac92ee2f8ebc'}, None),
    ('bote.language.quantity', 'Quantity'): ((('magnitude', 'Magnitude'), ('dims', 'Dims'), ('unit', 'UnitExpr')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('magnitude', 'field', True, True, True, True, None, True, False), ('dims', 'field', False, True, True, True, None, True, False), ('unit', 'field', False, True, True, True, None, True, False))), {'__init__': '12704c3b34606fb987a099e79e02ca8cc2839b8c7536f2c18be44bf75439d1f4', '__repr__': '6ee6a8d28413c3b2e7b2a8e5bfdd123416d5b48d5ba8c810bef72180fdff8afa', '__eq__': 'ca0240848de97722ea549555ea15aa6680694b5418c52e4e906b22bb0b270525', '__setattr__': 'f25eabe9c5d4eeb6242a97029651fb50c563be6997e74b3c225ff961bbb331e6', '__delattr__': 'a005eeb978e6be24feea624b5301e16e6b40236ab3e19a2c7888d84977cb1cb5', '__hash__': 'acb6121b62c504c657f5027adb34147d43801e21fdbb520738ad345951449a4a'}, ("Quantity(magnitude: 'Magnitude', dims: 'Dims' = (), unit: 'UnitExpr' = ())", ('()', '()'))),
    ('bote.language.refs', 'Ref'): ((('kind', 'str'), ('key', 'NodeKey | str | None'), ('figure', 'str | None'), ('flow_class', 'str | None')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('kind', 'field', True, True, True, True, None, True, False), ('key', 'field', False, True, True, True, None, True, False), ('figure', 'field', False, True, True, True, None, True, False), ('flow_class', 'field', False, True, True, True, None, True, False))), {'__init__': '7438bb13cb05dd524ffc0bab6e8dcb78b3d68213f303b50b1292c8afdce9f3c3', '__repr__': '3dcf0cdba98e361cbe39a5dd21ce6c7eee1e3c4824054ac0685f9da10cd9d516', '__eq__': '53e0145fb7f6c42c3ebf2c98873069729051e823a41859f0b3a9505724453668', '__setattr__': '288a05b9d344be3a2492ffb564c28330d5d7c39ad351164a41b9d57bda83938a', '__delattr__': '8c0a6ec78156e2012cd9085a18b0d01bcf7de12f985b4078897a6e7c04dbdb1e', '__hash__': '9f52f735c55fd40b99643ac32cbf28ae39bf6a39439270a0c469e65d7a14d62f'}, None),
    ('bote.language.format', '_Recast'): ((('magnitude', 'Magnitude'), ('dims', 'Dims'), ('unit', 'UnitExpr')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('magnitude', 'field', True, True, True, True, None, True, False), ('dims', 'field', True, True, True, True, None, True, False), ('unit', 'field', True, True, True, True, None, True, False))), {'__init__': '4879b554f069655cb723013681e0693f6441eabec202f0c8b63ebea9f2b10174', '__repr__': '6ee6a8d28413c3b2e7b2a8e5bfdd123416d5b48d5ba8c810bef72180fdff8afa', '__eq__': 'ca0240848de97722ea549555ea15aa6680694b5418c52e4e906b22bb0b270525', '__setattr__': 'f25eabe9c5d4eeb6242a97029651fb50c563be6997e74b3c225ff961bbb331e6', '__delattr__': 'a005eeb978e6be24feea624b5301e16e6b40236ab3e19a2c7888d84977cb1cb5', '__hash__': 'acb6121b62c504c657f5027adb34147d43801e21fdbb520738ad345951449a4a'}, None),
    ('bote.language.format', '_Plain'): ((('magnitude', 'object'), ('dims', 'tuple'), ('unit', 'tuple')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('magnitude', 'field', True, True, True, True, None, True, False), ('dims', 'field', True, True, True, True, None, True, False), ('unit', 'field', True, True, True, True, None, True, False))), {'__init__': '4879b554f069655cb723013681e0693f6441eabec202f0c8b63ebea9f2b10174', '__repr__': '6ee6a8d28413c3b2e7b2a8e5bfdd123416d5b48d5ba8c810bef72180fdff8afa', '__eq__': 'ca0240848de97722ea549555ea15aa6680694b5418c52e4e906b22bb0b270525', '__setattr__': 'f25eabe9c5d4eeb6242a97029651fb50c563be6997e74b3c225ff961bbb331e6', '__delattr__': 'a005eeb978e6be24feea624b5301e16e6b40236ab3e19a2c7888d84977cb1cb5', '__hash__': 'acb6121b62c504c657f5027adb34147d43801e21fdbb520738ad345951449a4a'}, None),
    ('bote.language.parse', '_Batch'): ((('expr', 'nodes.Expr'),), ('field',), ((True, True, True, False, False, True, True, False, True, False), (('expr', 'field', True, True, True, True, None, True, False),)), {'__init__': '8cab9cd343a4b367dfafbf58bede20c1d825b56406be9a7e62f4019b2b5f8d23', '__repr__': '00607cbc1a36eb70e6ba0d037b2a38757a1eb3a7ccace25ad7790e1901279ac0', '__eq__': '049284e1634f909936f889be292671562b5786019550e4f661647fe58a793adf', '__setattr__': 'e67092e42884c0318e82f39db157e96babd993a2c98a8fb8c4256a9d65042b2b', '__delattr__': '0dceeefa68723b384bb53728b135d6239660e60cb1f841b4893e4738a545223a', '__hash__': 'f026bd8e2dae3e9c6af44ad340f9ac816afe769b77061ecc572be5d3e34c4f5f'}, None),
    ('bote.language.parse', '_Settings'): ((('properties', 'tuple[nodes.Property, ...]'),), ('field',), ((True, True, True, False, False, True, True, False, True, False), (('properties', 'field', True, True, True, True, None, True, False),)), {'__init__': 'c213ced54f45e1756cb26bb982291a247482eb608d75422c6bdc396e7d2ab04a', '__repr__': 'd521b0baffa50feba03e7fbc7ddb9187174a9c9ae0517c93b2322cf6f67f90e7', '__eq__': '276afb16fe6a02ea27877725f672340fe1d7f4d91b0f684c997ab64701e97945', '__setattr__': '68537a111d9069d362bfadf9ae8d04f9a5dd1318390fba77c141729dec9c355c', '__delattr__': '7495970d2fd91bf25c5cea266789e198d0bdde79e256c1d9eaa44314d6182053', '__hash__': '6e0bb7e5c7b9c3cb9ea01122de1cce0f49c409b2f4b55755053a869cf7762ff7'}, None),
    ('bote.uncertainty.sampling', 'Sampling'): ((('samples', 'int'), ('seed', 'int')), ('field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('samples', 'field', False, True, True, True, None, True, False), ('seed', 'field', False, True, True, True, None, True, False))), {'__init__': '9982bb1e0177c22e0e4f3f37a26e3258e97ad18dd604e3500f640038da3a2a07', '__repr__': 'f28da9c06a3967b76ac071d60d834c2006bca0fe3d0d40e7645f39a1366e22f2', '__eq__': '01357f1290fb9a4e009b9ef1269e44a2848e8615bf1dbc4e4536137e6ca5ec7d', '__setattr__': 'd55f2f4fb177331c2bfd48c7fd732765483f8588f1151a343a74175644305526', '__delattr__': '860b0c263d856c2a9884409a273b76d549beda33b38849aaf3ce1d43e8479bfe', '__hash__': '957aa8df1b37e06c8850fbfd44d2830e114d67b0e4e162f0e70eabc54e66117a'}, None),
    ('bote.model.capacity', 'Sizing'): ((('load', 'Magnitude'), ('capacity', 'Magnitude'), ('max_utilization', 'Magnitude'), ('redundancy', 'int'), ('scaling', 'str'), ('needed_for_load', 'Count'), ('needed_for_memory', 'Count'), ('needed_for_storage', 'Count'), ('needed_for_connections', 'Count'), ('needed_for_latency', 'Count'), ('needed', 'Count'), ('instances', 'int'), ('provisioned', 'bool'), ('utilization', 'Magnitude'), ('utilization_one_down', 'Magnitude | None'), ('memory_total', 'Magnitude | None'), ('storage_total', 'Magnitude | None'), ('size_at', 'Magnitude')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('load', 'field', True, True, True, True, None, True, False), ('capacity', 'field', True, True, True, True, None, True, False), ('max_utilization', 'field', True, True, True, True, None, True, False), ('redundancy', 'field', True, True, True, True, None, True, False), ('scaling', 'field', True, True, True, True, None, True, False), ('needed_for_load', 'field', True, True, True, True, None, True, False), ('needed_for_memory', 'field', True, True, True, True, None, True, False), ('needed_for_storage', 'field', True, True, True, True, None, True, False), ('needed_for_connections', 'field', True, True, True, True, None, True, False), ('needed_for_latency', 'field', True, True, True, True, None, True, False), ('needed', 'field', True, True, True, True, None, True, False), ('instances', 'field', True, True, True, True, None, True, False), ('provisioned', 'field', True, True, True, True, None, True, False), ('utilization', 'field', True, True, True, True, None, True, False), ('utilization_one_down', 'field', True, True, True, True, None, True, False), ('memory_total', 'field', True, True, True, True, None, True, False), ('storage_total', 'field', True, True, True, True, None, True, False), ('size_at', 'field', False, True, True, True, None, True, False))), {'__init__': '4d96d579ea17b0855d16b128be3cddad0e5c0d6f138517ad1bd0f490bde6de0a', '__repr__': 'cf80b37f35e4acb54728ab2308c951fa8531a642745fb7229a283834b0f46097', '__eq__': '1db086aca13dbb8b41140e848299c5ec04054eeccd50b2a9af046400b2a6c93d', '__setattr__': 'cbb55a709375d388dc9d63871ccbd2e9dc51009467a28624ac6aa28f2c4f0412', '__delattr__': 'e82471683545a17b7a1d4af4069692695b5e41a9111f9f9c78052c4928605270', '__hash__': '360b7afbe478655047354cbb75b79a67d5bb6051bea7d64e596d952b2862811d'}, None),
    ('bote.model.graph', 'Figure'): ((('name', 'str'), ('value', 'object'), ('formula', 'str'), ('inputs', 'tuple[str, ...]'), ('span', 'Span | None'), ('equation', 'str | None'), ('written', 'bool')), ('field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('value', 'field', True, True, True, True, None, True, False), ('formula', 'field', True, True, True, True, None, True, False), ('inputs', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('equation', 'field', False, True, True, True, None, True, False), ('written', 'field', False, True, True, True, None, True, False))), {'__init__': '256ff6a11b41f13834041f853ec38584eee6c7a60ed558145401811e879ffc93', '__repr__': '2f1e3afed27f70f38efe3766b5536e96d4e281e805fd3c1165ee0a2491d36cc3', '__eq__': '427bef1a1c1b51937c06e00ff058446f8effaf2be6582370a1326992e7c1462d', '__setattr__': '596bcbe98def2de20049c234d188edca9408c9f77ac2a7da23b8800cc57dce6b', '__delattr__': '9a7d895a7915f94d1bd0f83ddebaa70ea0d5448daf69bf676aaec2e699276abd', '__hash__': '4baa46d38b79d5114f4d5de46fc6e400d89ebb37f03bad3f3e5f4366b8b59338'}, ("Figure(name: 'str', value: 'object', formula: 'str', inputs: 'tuple[str, ...]', span: 'Span | None', equation: 'str | None' = None, written: 'bool' = False)", ('None', 'False'))),
    ('bote.model.graph', 'FigureGraph'): ((('figures', 'dict[str, Figure]'),), ('field',), ((True, True, True, False, False, False, True, False, False, False), (('figures', 'field', True, False, True, True, None, True, False),)), {'__init__': '5b0c547c3d83e59f1afda750a320b2e7e99989b53df3c45ec8acf15114a4cc69', '__repr__': '445910d2aadc550a651d6835b82dd51de3640a7f22fc2b21c241d75266636d02', '__eq__': 'c1e940948123a57bd75690f253389faf3deac0c789dc8f06ef611ffbdb4bcc39'}, ("FigureGraph(figures: 'dict[str, Figure]' = <factory>)", ())),
    ('bote.model.queueing', 'QueueFigures'): ((('wait_probability', 'float'), ('mean_wait', 'float'), ('mean_response', 'float'), ('in_flight', 'float'), ('utilization', 'float'), ('servers', 'int'), ('instance_arrival_rate', 'float'), ('service_time', 'float'), ('_percentiles', 'dict[float, float]')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('wait_probability', 'field', True, True, True, True, None, True, False), ('mean_wait', 'field', True, True, True, True, None, True, False), ('mean_response', 'field', True, True, True, True, None, True, False), ('in_flight', 'field', True, True, True, True, None, True, False), ('utilization', 'field', True, True, True, True, None, True, False), ('servers', 'field', True, True, True, True, None, True, False), ('instance_arrival_rate', 'field', True, True, True, True, None, True, False), ('service_time', 'field', True, True, True, True, None, True, False), ('_percentiles', 'field', True, False, False, False, None, False, False))), {'__init__': '36a1dba6c79f171c5ed42b8748742fa438339af3993aa86c155540ef0b48f4ba', '__repr__': '1950dda03e56c1c0dded950b1334ea0d08df21ff2ed64862cc3af2be291b5ed0', '__eq__': '336c47dbc687dc57a9955125d64bdc36d8ccee386feac8c5e47a26748a785bca', '__setattr__': '13d855b2f0d53c95080c08dbb5d460e940f40c9e1c72142c6e0bb9f10b8c641e', '__delattr__': 'aaf3eeff090d5b4b216428da904c03ef4d6106d6026db89c937cdae21f95c72c', '__hash__': '019bfd522d74e92c050fa6b0ae459826d7f4ae49006efaab21025b9706550450'}, None),
    ('bote.model.properties', 'PropertySpec'): ((('name', 'str'), ('dims', 'Dims | None'), ('meaning', 'str'), ('example', 'str'), ('default', 'Quantity | str | None'), ('choices', 'tuple[str, ...]'), ('whole', 'bool'), ('minimum', 'Fraction | None'), ('maximum', 'Fraction | None'), ('strictly_positive', 'bool'), ('certain', 'bool')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('dims', 'field', True, True, True, True, None, True, False), ('meaning', 'field', True, True, True, True, None, True, False), ('example', 'field', False, True, True, True, None, True, False), ('default', 'field', False, True, True, True, None, True, False), ('choices', 'field', False, True, True, True, None, True, False), ('whole', 'field', False, True, True, True, None, True, False), ('minimum', 'field', False, True, True, True, None, True, False), ('maximum', 'field', False, True, True, True, None, True, False), ('strictly_positive', 'field', False, True, True, True, None, True, False), ('certain', 'field', False, True, True, True, None, True, False))), {'__init__': '21a6e668285e9f14022c3303b2483908d0670c41c8fcde317d9e29f1054ad9d6', '__repr__': 'af41d0e9b614577394ece6a3b8d573809c39f048f9bd28d34b75fa5462e9ecc8', '__eq__': 'a805f65add60e6fd86a5ee889b664f15f058b53674be71aece61a0948ab3d097', '__setattr__': '796e77d9d3eaf23abfafe06251789c9f6b255b2545648568aff88105c78542dc', '__delattr__': 'a8904784ea1dcebd5ae8b0829838ab4052909ae0d6d8845a39016dcac597f823', '__hash__': '3f1e38946d29951ea218a4a0eab07c352b1ffee96854064fd499e4524efc9250'}, ("PropertySpec(name: 'str', dims: 'Dims | None', meaning: 'str', example: 'str' = '', default: 'Quantity | str | None' = None, choices: 'tuple[str, ...]' = (), whole: 'bool' = False, minimum: 'Fraction | None' = None, maximum: 'Fraction | None' = None, strictly_positive: 'bool' = False, certain: 'bool' = False)", ("''", 'None', '()', 'False', 'None', 'None', 'False', 'False'))),
    ('bote.model.component', 'LatencyGoal'): ((('target', 'float'), ('percentile', 'float'), ('achievable', 'bool'), ('needed', 'int'), ('achieved', 'float | None')), ('field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('target', 'field', True, True, True, True, None, True, False), ('percentile', 'field', True, True, True, True, None, True, False), ('achievable', 'field', True, True, True, True, None, True, False), ('needed', 'field', True, True, True, True, None, True, False), ('achieved', 'field', True, True, True, True, None, True, False))), {'__init__': '30c08d8b2060062c01a092b25dac7b696b3782ce7dc8ec9de9a5c8271de676d0', '__repr__': '0a72335ead04489afddfb80fb123de20eeb117382c49080b889bde6f73b09104', '__eq__': '629ceee9dd09c6ac0ba16fefb10dc621fdd9122b73b212d23246607c2a343075', '__setattr__': '39fa4665a678af255aa94a5c50c0f2f475e80e6426c03f360fd49c8ee8177a1c', '__delattr__': '166a4abaf34d4e9cd91b61b8562650266b2db895bcb380b87ef25e72a710eb95', '__hash__': 'dd8dc42548c70c7ef7253950c5543ce4fe4100b22e0604cbed2b61757c337950'}, ("LatencyGoal(target: 'float', percentile: 'float', achievable: 'bool', needed: 'int', achieved: 'float | None')", ())),
    ('bote.model.component', 'ComponentModel'): ((('sizing', 'cap.Sizing'), ('service_time', 'Magnitude | None'), ('workers', 'int | None'), ('queue', 'QueueFigures | SampledQueueFigures | None'), ('stable', 'bool | np.ndarray'), ('latency', 'LatencyGoal | None'), ('connections', 'Magnitude | None'), ('max_connections', 'Magnitude | None'), ('time_until_full', 'Magnitude | None'), ('storage_horizon', 'Magnitude'), ('saturated', 'bool'), ('figures', 'dict | None')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('sizing', 'field', True, True, True, True, None, True, False), ('service_time', 'field', True, True, True, True, None, True, False), ('workers', 'field', True, True, True, True, None, True, False), ('queue', 'field', True, True, True, True, None, True, False), ('stable', 'field', True, True, True, True, None, True, False), ('latency', 'field', True, True, True, True, None, True, False), ('connections', 'field', True, True, True, True, None, True, False), ('max_connections', 'field', True, True, True, True, None, True, False), ('time_until_full', 'field', True, True, True, True, None, True, False), ('storage_horizon', 'field', True, True, True, True, None, True, False), ('saturated', 'field', False, True, True, True, None, True, False), ('figures', 'field', False, True, True, True, None, True, False))), {'__init__': '7f1d751125dffb00b47ff07327e70bfcbfe4514fb513795ba5a297264a72a437', '__repr__': '38933480558e9b02253c77ef9a176ef9c5720e6fa83a7145ffa39692a5d2d214', '__eq__': '33b81493b2c97a205d18eb6987c55e35f6d0b822445c494b436850e9fcdd7806', '__setattr__': '45687ab9459eca01bf5faacd9eb0604938cb1760382941647a6f9eb2977af358', '__delattr__': 'ac2d818e1b85d4d4c0cc825ad9057c48a528ccc6d4efdcc2ddf72ad2705d0b91', '__hash__': 'dc39f9a0df13843feeb3447da02429345452fc8b2c68293077232e40518fe712'}, ("ComponentModel(sizing: 'cap.Sizing', service_time: 'Magnitude | None', workers: 'int | None', queue: 'QueueFigures | SampledQueueFigures | None', stable: 'bool | np.ndarray', latency: 'LatencyGoal | None', connections: 'Magnitude | None', max_connections: 'Magnitude | None', time_until_full: 'Magnitude | None', storage_horizon: 'Magnitude', saturated: 'bool' = False, figures: 'dict | None' = None)", ('False', 'None'))),
    ('bote.model.component', 'Rule'): ((('name', 'str'), ('formula', 'Callable'), ('inputs', 'tuple[str, ...]'), ('equation', 'Callable[[dict], str | None] | None')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('formula', 'field', True, True, True, True, None, True, False), ('inputs', 'field', True, True, True, True, None, True, False), ('equation', 'field', False, True, True, True, None, True, False))), {'__init__': 'f86e6bc453718d60c66287f3fb7c3dfda3f0a4cfccb993d66e83399afe6e109e', '__repr__': '4cfc9aa6901ba692a87e3333d8005b4c3ddf82940e8b3bc5f3ed8fae65cef325', '__eq__': '0c56bddeb7dae7911c11e035c54650ccea6a7bca3e5c4a014f5726b7261fcea3', '__setattr__': '80c2418441d12d3af737fdd8904fcae6ecf91afc07cebb2391dc15acd477bf7c', '__delattr__': 'dc73e31031ff9b0edbf1355b4c0d193eeaf84215f21ec0bde0691d758f88c5a2', '__hash__': 'f03980e4efd386a5f42509573d79aeba5fc12280d7a3dc10f1e6a561544ae72e'}, None),
    ('bote.model.risks', 'Risk'): ((('component', 'str | None'), ('kind', 'str'), ('severity', 'str'), ('message', 'str'), ('remedy', 'str'), ('span', 'Span | None'), ('figures', 'dict'), ('probability', 'float | None'), ('sensitivity', 'tuple'), ('driver', 'np.ndarray | None')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('component', 'field', True, True, True, True, None, True, False), ('kind', 'field', True, True, True, True, None, True, False), ('severity', 'field', True, True, True, True, None, True, False), ('message', 'field', True, True, True, True, None, True, False), ('remedy', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('figures', 'field', True, False, True, True, None, True, False), ('probability', 'field', False, True, True, True, None, True, False), ('sensitivity', 'field', False, True, True, True, None, True, False), ('driver', 'field', False, True, True, False, None, False, False))), {'__init__': '599d8a5cc635f5b7edf20d10671bfde47c96846691645615d13cec6d6cdc4431', '__repr__': 'f7789a64f364773d6d1e6afb1bf06145cca7d7d5bfa8f75258551bcc3981c65d', '__eq__': 'cbf48bbfc872f82e0d8ba6f6c86b6203ad3ca38a21c4e785f5fd4fdbdcd49658', '__setattr__': '9ad922ae7e62e728a2ebcf5a46519cd26932af2c8ef62600a0630bca90936a06', '__delattr__': 'e9e84118c8e1748b27af4511fc621c0d2307d716098189b6e60187c7e1e3fd72', '__hash__': '006fdf54d91eebbcc57f566ef4ca192fb14df54ef58895defb520eaffad01bbe'}, ("Risk(component: 'str | None', kind: 'str', severity: 'str', message: 'str', remedy: 'str', span: 'Span | None', figures: 'dict' = <factory>, probability: 'float | None' = None, sensitivity: 'tuple' = (), driver: 'np.ndarray | None' = None)", ('None', '()', 'None'))),
    ('bote.model.risks', 'ComponentFacts'): ((('name', 'str'), ('sizing', 'Sizing | None'), ('span', 'Span | None'), ('load_assumed', 'bool'), ('working_set', 'Magnitude | None'), ('data', 'Magnitude | None'), ('instances_span', 'Span | None'), ('model', 'ComponentModel | None'), ('cold_load', 'Magnitude | None'), ('polling', 'tuple | None'), ('spans', 'dict'), ('rate', 'str')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('sizing', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('load_assumed', 'field', True, True, True, True, None, True, False), ('working_set', 'field', False, True, True, True, None, True, False), ('data', 'field', False, True, True, True, None, True, False), ('instances_span', 'field', False, True, True, True, None, True, False), ('model', 'field', False, True, True, True, None, True, False), ('cold_load', 'field', False, True, True, True, None, True, False), ('polling', 'field', False, True, True, True, None, True, False), ('spans', 'field', True, False, True, True, None, True, False), ('rate', 'field', False, True, True, True, None, True, False))), {'__init__': '07d0267ba50f52e182b9bfae32f0d5bf97639d14ce7a6767bb7530633d815349', '__repr__': 'a64e4d123cf59e44cf85b2e9698db93e2f276c0e53b58fd2eb3f63384f6b6d95', '__eq__': '196253774617e27ad090816c74e138f08116f24055e4e507c5f09124867d6c76', '__setattr__': '18a3ec323dde01082e2342520b4b155fcea8afe1ecf8177d8f8ab8456f799faa', '__delattr__': '31c8adc5ee1ff1d79bd88443416f629a36c9abadde1e99c944e76d3e39582f9c', '__hash__': 'e6c1391039fb4c89454bee6a82e3a0244bf4eb0248be82fd10f9563d30293078'}, None),
    ('bote.model.report', 'ValueResult'): ((('name', 'str'), ('quantity', 'Quantity'), ('fixed_unit', 'bool'), ('span', 'Span')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('quantity', 'field', True, True, True, True, None, True, False), ('fixed_unit', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '3c35294c26d2997d4d032145653e71151c354a2b2c1392c381706f7efa4bfa45', '__repr__': '3c165aa52fc176b2cb62d86f863009f8a693cd71ebd5843a1bd0437dc74ee00f', '__eq__': 'dc0e5eac96ec7fa4731f329c7a8a6145c429ede871cbd34536142d782643937c', '__setattr__': '6345c24bc4496a6628d492d93dbe201dd4bd3bc8f41e87ce3bbb5eea7bbb4986', '__delattr__': '61188c5a69fb226e0ade82e610fdaef408101b0120de4a50c0b98f249bbf429a', '__hash__': '0fc5e9a0528b12c72b6297b260a9a2e198871be93ce2b70497ddfe1ab24d723a'}, ("ValueResult(name: 'str', quantity: 'Quantity', fixed_unit: 'bool', span: 'Span')", ())),
    ('bote.model.report', 'ComponentResult'): ((('name', 'str'), ('span', 'Span'), ('load', 'Quantity'), ('capacity', 'Quantity | None'), ('sizing', 'Sizing | None'), ('load_assumed', 'bool'), ('risks', 'tuple[Risk, ...]'), ('model', 'ComponentModel | None'), ('cold_load', 'Magnitude | None'), ('kind', 'str'), ('kind_model', 'KindModel | None'), ('average_load', 'Magnitude'), ('end_to_end', 'Magnitude'), ('properties', 'dict[str, tuple[Quantity | str, int]]'), ('cost', 'dict[str, Quantity] | None'), ('headroom', 'Headroom | None'), ('loads', 'dict[str, Quantity] | None'), ('failures', 'Failures | None')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('load', 'field', True, True, True, True, None, True, False), ('capacity', 'field', True, True, True, True, None, True, False), ('sizing', 'field', True, True, True, True, None, True, False), ('load_assumed', 'field', True, True, True, True, None, True, False), ('risks', 'field', True, True, True, True, None, True, False), ('model', 'field', False, True, True, True, None, True, False), ('cold_load', 'field', False, True, True, True, None, True, False), ('kind', 'field', False, True, True, True, None, True, False), ('kind_model', 'field', False, True, True, True, None, True, False), ('average_load', 'field', True, True, True, True, None, True, True), ('end_to_end', 'field', True, True, True, True, None, True, True), ('properties', 'field', True, False, True, True, None, True, False), ('cost', 'field', False, True, True, True, None, True, False), ('headroom', 'field', False, True, True, True, None, True, False), ('loads', 'field', False, True, True, True, None, True, False), ('failures', 'field', False, True, True, True, None, True, False))), {'__init__': 'd349aaca04caa577fdae62aa693989ffa6cadf9d084938d596b4f08f209235c9', '__repr__': 'ee9d0bf3525484f0b73e53095986985a37c3af6cc10d0008c4a8002a206a76dc', '__eq__': '6be94eb2aa220be7d6d7e444e27ecc701b3c32b5b361585ab6a8570cdc9b7e4a', '__setattr__': 'c79ba6d767652976b02337141ca8e4e23bfd28e1dcadb871fda68a682b278918', '__delattr__': '7ca0ee6e3bf09ba3e63dd883a609500620e4b00a6b923cebba64f889a7f9008e', '__hash__': 'f2e52b1db2fbc5feb01d81419ec08abc0e6dfbb260c9fe82d8316e00197785fc'}, ("ComponentResult(name: 'str', span: 'Span', load: 'Quantity', capacity: 'Quantity | None', sizing: 'Sizing | None', load_assumed: 'bool', risks: 'tuple[Risk, ...]', model: 'ComponentModel | None' = None, cold_load: 'Magnitude | None' = None, kind: 'str' = 'service', kind_model: 'KindModel | None' = None, properties: 'dict[str, tuple[Quantity | str, int]]' = <factory>, cost: 'dict[str, Quantity] | None' = None, headroom: 'Headroom | None' = None, loads: 'dict[str, Quantity] | None' = None, failures: 'Failures | None' = None, *, average_load: 'Magnitude', end_to_end: 'Magnitude')", ('None', 'None', "'service'", 'None', 'None', 'None', 'None', 'None'))),
    ('bote.model.report', 'BreakingPoint'): ((('multiplier', 'Magnitude'), ('component', 'str'), ('fails_by', 'str'), ('entering', 'Quantity')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('multiplier', 'field', True, True, True, True, None, True, False), ('component', 'field', True, True, True, True, None, True, False), ('fails_by', 'field', True, True, True, True, None, True, False), ('entering', 'field', True, True, True, True, None, True, False))), {'__init__': '22392d0b0c6c00ce77c937376ec3e8d62148b7b28874af31bc8ed0bb18f79920', '__repr__': '8551cee49ec3b85b9361d65a33f95fdfa485a7d30dd0be3cb2786e43cb785996', '__eq__': '57bc4c5109202c5be7474cfd66e6c72c32e92b7ab556a8db546c392237dbb5e6', '__setattr__': '569c2a4ce0eede8041f055860cdc35cc46760756d681abae67e4e38939334321', '__delattr__': '940145d08c700a3d14a5d8f16f8af75759b13e3b246c87a79cb4231aa3e123de', '__hash__': '20bf4ab146b35abd1973d65abd6999bd99fdc97a7ad7417bfeaa9a05b96405da'}, None),
    ('bote.model.report', 'EdgeResult'): ((('source', 'str'), ('target', 'str'), ('multiplier', 'Quantity'), ('span', 'Span'), ('flow_class', 'str'), ('load', 'Quantity | None'), ('batch', 'Magnitude | None')), ('field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('source', 'field', True, True, True, True, None, True, False), ('target', 'field', True, True, True, True, None, True, False), ('multiplier', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('flow_class', 'field', False, True, True, True, None, True, False), ('load', 'field', False, True, True, True, None, True, False), ('batch', 'field', False, True, True, True, None, True, False))), {'__init__': '89035d452f86329a2ed5f76f01afc0c9f724c5d6a3ea07cbdc49699c591f61ee', '__repr__': '4df02331af478cf944855c21ae052ccff0a8e8cc272cc0cb87347d526a966510', '__eq__': 'f8bb2f0a7a6ed6522d13b1ded69f70180599829c96cd1df2fe21c2c387751449', '__setattr__': 'b7cb8435ec9c78846a06cc6ce2e49c32f9c8235ce74ac9e79e247d3f39a4835c', '__delattr__': '6071c288b81412406cd453ebdb6b229be35845853ad22cb506b224d8cbe9c00a', '__hash__': 'e1522c12d3b86586277eb0a61b4535c7eaff1567e914d228bb57686da35fba00'}, None),
    ('bote.model.report', 'AssertResult'): ((('text', 'str'), ('passed', 'bool'), ('span', 'Span'), ('message', 'str')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('text', 'field', True, True, True, True, None, True, False), ('passed', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('message', 'field', True, True, True, True, None, True, False))), {'__init__': 'f7e2cdfd8724bb839fa60f092473b34469fdaf2ffd5b194664efb742671eec6e', '__repr__': 'eddbaf6263b09483f5059a678bbf71832ea2a6fcd99f05cadfca75f97875ce51', '__eq__': '5dc5cfa3b08b9587febc664584c7b44177027d5f26c45a3073d880e4be8b51c7', '__setattr__': '3f882370f45a4d49d343b0549c6e00cf45628ce3c482015070d41ab6cbf264f0', '__delattr__': '97e7a81a7d36f2ccb3eb1e3b836992e880f47b538fe63c5ab71051724d3b8b47', '__hash__': '65e40cd307259fd82bd1e610b89811e4e78ad2180490b5575afd821381df4683'}, ("AssertResult(text: 'str', passed: 'bool', span: 'Span', message: 'str')", ())),
    ('bote.model.report', 'FileReport'): ((('file', 'str'), ('source', 'str'), ('units', 'FileUnits | None'), ('values', 'list[ValueResult]'), ('components', 'list[ComponentResult]'), ('edges', 'list[EdgeResult]'), ('flows', 'tuple[str, ...]'), ('risks', 'list[Risk]'), ('asserts', 'list[AssertResult]'), ('errors', 'list[Diagnostic]'), ('skipped', 'bool'), ('sampling', 'Sampling | None'), ('total_cost', 'Quantity | None'), ('breaking_point', 'BreakingPoint | None'), ('sources', 'dict[str, str]'), ('figure_builder', 'Callable[[], FigureGraph] | None'), ('started', 'float | None'), ('seconds', 'float | None'), ('_figures', 'FigureGraph | None')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, False, True, False, False, False), (('file', 'field', True, True, True, True, None, True, False), ('source', 'field', True, True, True, True, None, True, False), ('units', 'field', False, True, True, True, None, True, False), ('values', 'field', True, False, True, True, None, True, False), ('components', 'field', True, False, True, True, None, True, False), ('edges', 'field', True, False, True, True, None, True, False), ('flows', 'field', False, True, True, True, None, True, False), ('risks', 'field', True, False, True, True, None, True, False), ('asserts', 'field', True, False, True, True, None, True, False), ('errors', 'field', True, False, True, True, None, True, False), ('skipped', 'field', False, True, True, True, None, True, False), ('sampling', 'field', False, True, True, True, None, True, False), ('total_cost', 'field', False, True, True, True, None, True, False), ('breaking_point', 'field', False, True, True, True, None, True, False), ('sources', 'field', True, False, True, True, None, True, False), ('figure_builder', 'field', False, True, True, False, None, False, False), ('started', 'field', False, True, True, True, None, False, False), ('seconds', 'field', False, True, True, True, None, False, False), ('_figures', 'field', False, True, False, False, None, False, False))), {'__init__': '157582f0716eb34a1b4b961f52c4366c1631ea58cc21d1f93501126d1fc9e69f', '__repr__': '40c87ddab6d69e2a48f35957a616e3ba65978e44b98b0b5a6a066f8d26dcccd5', '__eq__': 'aaddd33dc5588cf85d2c499bfeaa42d2a57cfe79b9ca4aa4d30753ec1da4be96'}, ("FileReport(file: 'str', source: 'str', units: 'FileUnits | None' = None, values: 'list[ValueResult]' = <factory>, components: 'list[ComponentResult]' = <factory>, edges: 'list[EdgeResult]' = <factory>, flows: 'tuple[str, ...]' = (), risks: 'list[Risk]' = <factory>, asserts: 'list[AssertResult]' = <factory>, errors: 'list[Diagnostic]' = <factory>, skipped: 'bool' = False, sampling: 'Sampling | None' = None, total_cost: 'Quantity | None' = None, breaking_point: 'BreakingPoint | None' = None, sources: 'dict[str, str]' = <factory>, figure_builder: 'Callable[[], FigureGraph] | None' = None, started: 'float | None' = None, seconds: 'float | None' = None)", ('None', '()', 'False', 'None', 'None', 'None', 'None', 'None', 'None'))),
    ('bote.model.report', 'Report'): ((('files', 'list[FileReport]'),), ('field',), ((True, True, True, False, False, False, True, False, False, False), (('files', 'field', True, False, True, True, None, True, False),)), {'__init__': '5e2e09c819793bf9d233dbe14d5ffbdca09cff975666c06a906e9da1d0828a60', '__repr__': '5840948e8aab852e71c4a3359c59fb16e607b69dffd5b102e3c4ca3621d0448b', '__eq__': 'd1727baed6e1d8531d4535bd43964f8c8661a5e68fb2be25ae4db7f82fb77bdb'}, ("Report(files: 'list[FileReport]' = <factory>)", ())),
    ('bote.model.explain', 'Step'): ((('name', 'str'), ('shown', 'str'), ('formula', 'str'), ('is_expression', 'bool'), ('substituted', 'str | None'), ('rounded', 'str | None'), ('text', 'str'), ('value', 'object'), ('line', 'int | None'), ('note', 'str | None'), ('repeated', 'bool'), ('cut', 'bool'), ('inputs', 'tuple[Step, ...]'), ('where', 'str')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('shown', 'field', True, True, True, True, None, True, False), ('formula', 'field', True, True, True, True, None, True, False), ('is_expression', 'field', True, True, True, True, None, True, False), ('substituted', 'field', True, True, True, True, None, True, False), ('rounded', 'field', True, True, True, True, None, True, False), ('text', 'field', True, True, True, True, None, True, False), ('value', 'field', True, True, True, True, None, True, False), ('line', 'field', True, True, True, True, None, True, False), ('note', 'field', False, True, True, True, None, True, False), ('repeated', 'field', False, True, True, True, None, True, False), ('cut', 'field', False, True, True, True, None, True, False), ('inputs', 'field', False, True, True, True, None, True, False), ('where', 'field', False, True, True, True, None, True, False))), {'__init__': 'c57bf361facfe665fd9d646e988d7f8113d31390698930aaa31d625649f155cf', '__repr__': '10994c519d20592157f7dfa1546c15e678a60782f1bf24e925bce51f4b73f6e1', '__eq__': '2f08647f85738f3a4cbd505cabebdcaf8f126618dc4636ac28be0cfa44988423', '__setattr__': 'e82e42749f294762239029a5a5a6525f16395aea7df7794a83c49b7cb3d1cddb', '__delattr__': '4b521d8ebb366c5340c50e36aa85863ff64ecddfc5d7b626dff3fde111acd7d4', '__hash__': '4340fa8ae7bc773d7a6dafd11555afc6b815d6f25eaf9d0d97291b70be585f82'}, ("Step(name: 'str', shown: 'str', formula: 'str', is_expression: 'bool', substituted: 'str | None', rounded: 'str | None', text: 'str', value: 'object', line: 'int | None', note: 'str | None' = None, repeated: 'bool' = False, cut: 'bool' = False, inputs: 'tuple[Step, ...]' = (), where: 'str' = '')", ('None', 'False', 'False', '()', "''"))),
    ('bote.model.explain', '_Lookup'): ((('report', 'FileReport'), ('values', 'dict'), ('components', 'dict')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('report', 'field', True, True, True, True, None, True, False), ('values', 'field', True, True, True, True, None, True, False), ('components', 'field', True, True, True, True, None, True, False))), {'__init__': '6c5325a8bb630b7e0f2ee67ae15fc35d29bad320ab168080b52bcbaedc62ea65', '__repr__': 'c6988be77df9cbbd7d3c26a7cb2aab234961602ef6f91a296a97ad7d39ef592e', '__eq__': 'aee1b90d8c331e819213be033c8d14b9e15fe5c205d6d0e9d5085a9e07a3bb52', '__setattr__': 'edfbb445feb55a63123ba23fcfece27cc2865e2da1bf99bd76276e661e139fa8', '__delattr__': '855334ef89f12f0be0c0d48979caf4cf62f9f777bed0c52ae8e77c0a3f4303a7', '__hash__': '0cde6d89fb8432e018568a29fc8e17023028aa2fa3054868a491cdc161956a9b'}, None),
    ('bote.language.overrides', 'Override'): ((('component', 'str | None'), ('name', 'str'), ('expr', 'nodes.Expr'), ('name_span', 'Span'), ('span', 'Span')), ('field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('component', 'field', True, True, True, True, None, True, False), ('name', 'field', True, True, True, True, None, True, False), ('expr', 'field', True, True, True, True, None, True, False), ('name_span', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False))), {'__init__': '4d3fd0931b1fbaca93ed0cd352605e849dba1612f1bf88d0dd9db8639014471c', '__repr__': 'ae5b546147a2f116801dd1024b43a9964e392af3e9ec21cc5e3d7b2fcf3e4103', '__eq__': 'c2637e50087d535a1681461b152d3001b319d26c74d50c44faccefd57bef5f77', '__setattr__': '17b5f6eee51c34c2c1a383b22dee7bdf60c7f31b3f621ad457892909e028beb2', '__delattr__': '665167e361d5ff19d71df27fa2788f229f97f128f8760bdea57deb13cdbca598', '__hash__': '53ca0fa2fc1a01c81b0bb5f7dee05ad0a8f2a3442718a8f6068112cc4193499e'}, None),
    ('bote.language.overrides', 'Overrides'): ((('options', 'tuple[str, ...]'), ('variant', 'str | None'), ('base_only', 'bool')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('options', 'field', False, True, True, True, None, True, False), ('variant', 'field', False, True, True, True, None, True, False), ('base_only', 'field', False, True, True, True, None, True, False))), {'__init__': '70a2d926125b6ba74b64a04ed3e0489dd4d699716cc1b4fc517e6c0e24ef50fd', '__repr__': '69eb50268a7b8eed4f9537a95dd9981fd47babbed7ef8a9caef4958fa526bb29', '__eq__': '37b948aa11cf7676378d39270034eafecbec47f62e59c060054e924241ec7dc6', '__setattr__': '02529c0d70ad012959ee7a8f6bcabade0ff25862c36d6044bef3eac6daad89ba', '__delattr__': '0a81aaa325d2a19ff4285ef12a0f17f94530c2e306ee644f279bb6a9f3300983', '__hash__': '8f2aa9fa934a27330d34b4098918132c381be10d79ff0edfd4441b4eba5741a0'}, None),
    ('bote.docs.markdown', 'Block'): ((('fence_line', 'int'), ('first_line', 'int'), ('last_line', 'int'), ('close_line', 'int | None'), ('prefix', 'str'), ('content', 'tuple[str, ...]')), ('field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('fence_line', 'field', True, True, True, True, None, True, False), ('first_line', 'field', True, True, True, True, None, True, False), ('last_line', 'field', True, True, True, True, None, True, False), ('close_line', 'field', True, True, True, True, None, True, False), ('prefix', 'field', True, True, True, True, None, True, False), ('content', 'field', True, True, True, True, None, True, False))), {'__init__': '7b136a7ce40d2b5764242605649d279a90d2e8d261fc0225ec92b0245c131f6e', '__repr__': '31b6fc2e49da2c3ba79a9f857370bde33ccc4287a2de970c250e39249dee3a4c', '__eq__': 'e3f36a1ff6d7c294a6d9f761cd1242198658af5c41e19facd201afdef6791434', '__setattr__': 'e8731038e220588fd2a3bae184884b1c39ef6308763fe72c82f3ebc6c6a526e1', '__delattr__': 'ddcf1959a29a1d711c927f1ad14a1fb5cf491e438234fe3767c04fef7710c27f', '__hash__': '7e9a8df8b59077195f60102d634bf78ae660b01660a325b5ba4e97b81ca7d2a3'}, None),
    ('bote.docs.doc_markers', 'Section'): ((('begin', 'int'), ('end', 'int'), ('kind', 'str'), ('name', 'str | None')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('begin', 'field', True, True, True, True, None, True, False), ('end', 'field', True, True, True, True, None, True, False), ('kind', 'field', True, True, True, True, None, True, False), ('name', 'field', False, True, True, True, None, True, False))), {'__init__': '790f45e47f7230264cdc277595264899ffda911cb2cee8bc071d91bdefcfb999', '__repr__': '3cbe24ef9eb0e42745711429524ee964b3551bc6101de03865750b7b3cade840', '__eq__': '298ad8cae08368d3e07450d0dae57f1b6489511989c0afe9d1bdde5f893ef551', '__setattr__': 'a5d65e38aad5a01a3b794b5669918ac55f9c7ecaa1f18ff13ae7a271020d052d', '__delattr__': '77ff92068cfbdf09c2043d10dad13b720a5fd15267fe7a3b124fdbe018b37510', '__hash__': 'cfae285dfc6469a38ad370c7dc8d4ef84421fde88a8d571dceedf3dc1592ceb8'}, None),
    ('bote.docs.doc_markers', 'Markers'): ((('sections', 'list[Section]'), ('summary', 'int | None'), ('plots', 'list[tuple[int, str]]'), ('explains', 'list[tuple[int, str]]')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, False, True, False, False, False), (('sections', 'field', True, False, True, True, None, True, False), ('summary', 'field', False, True, True, True, None, True, False), ('plots', 'field', True, False, True, True, None, True, False), ('explains', 'field', True, False, True, True, None, True, False))), {'__init__': 'e00fd4bcad29e976dec57678468bbf0b7f2c2e4e20ccd99f211a7bfbc618cab8', '__repr__': 'c0085caa27116d82396b0a2f7648319791acb31e2ffcf129c8bb71ac54540ed2', '__eq__': 'b517c7723cb03a379832364877d48fee913d60f9bebddf3766cb5a72066e8326'}, None),
    ('bote.docs.inline_results', 'Written'): ((('start', 'int'), ('hash', 'int'), ('text', 'str')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('start', 'field', True, True, True, True, None, True, False), ('hash', 'field', True, True, True, True, None, True, False), ('text', 'field', True, True, True, True, None, True, False))), {'__init__': 'cc26564bf7986abe583e3a10cdf3141419eea6bac152749fd5df36a222cdde68', '__repr__': '026c2cc2e4b9c0e23c521bd1894b187b03160c58e1ac60c8106c7d70d1481259', '__eq__': '275bb6a17c42fbfbfe2a0f1d9e900eb80235562c015fb14ba0b32cd8df730dbf', '__setattr__': '5aa3bf76f0e4b7f30829f559dcadc0c71a4e8e6acbba99e56092ed5da383d8ba', '__delattr__': 'cf461b38acbc25d80eec86ef427073891e7344bd48b34a4db026b2b1e12d4781', '__hash__': 'd9f4bff17f77eb149e8c2e22cad462472fb8bb0de4c65efd0677bc6b93a99523'}, None),
    ('bote.docs.inline_results', 'Result'): ((('line', 'int'), ('name', 'str'), ('computed', 'str'), ('written', 'Written | None')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('line', 'field', True, True, True, True, None, True, False), ('name', 'field', True, True, True, True, None, True, False), ('computed', 'field', True, True, True, True, None, True, False), ('written', 'field', True, True, True, True, None, True, False))), {'__init__': 'b147fc49375c4e7f4591bb55ae4ef0868da2a15121760005bc35e794b9d6c958', '__repr__': '324b61a02beee2b4a573b697b144d295cbba7fb4027e57bd90665c55c8f90a08', '__eq__': '205d798a7210c2f4187e3ba889703e59f7118ede88d15bd54e30136997327083', '__setattr__': 'f8b57cd4adc103e958a4035bff92bf416fe06795f4c329297524952be2e8abd6', '__delattr__': '6de3da91d593b203d4920f6fbd56e7f9aac921fa759538deac20d51cf98126fb', '__hash__': 'c6e77de82498a5050ed216a3a788c6dd501c25ba910a78c10b689ebdd42dffd3'}, None),
    ('bote.language.tokens', 'Token'): ((('kind', 'str'), ('text', 'str'), ('line', 'int'), ('column', 'int'), ('spaced', 'bool')), ('field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('kind', 'field', True, True, True, True, None, True, False), ('text', 'field', True, True, True, True, None, True, False), ('line', 'field', True, True, True, True, None, True, False), ('column', 'field', True, True, True, True, None, True, False), ('spaced', 'field', True, True, True, True, None, True, False))), {'__init__': '4541e520566b779eebf7a33b73b6e125bac7797756a60548432644ea8d804150', '__repr__': '30deefdd2236d6fffac0fccdccd18f32eedb2f2c27b83f6c2c56af3d0e56f4a5', '__eq__': '26dbf87fd8bc1b43590b4c11f5b1f758a755a4acc49b43b454dd91ba94e095c2', '__setattr__': '5a6de2dc8b267c0a48836fa0a600de001df76cdd5e77e43691fbd2bfbf12b73d', '__delattr__': 'e76cef84b740bb745a35c748879f77a42f009a075d4481c99919b9dd8cac7636', '__hash__': '07e2176031c913ed8b9aa47671f5bbe8e47b7a83218f86e97a9c6990b5b6bb35'}, ("Token(kind: 'str', text: 'str', line: 'int', column: 'int', spaced: 'bool')", ())),
    ('bote.language.formatter', '_Line'): ((('depth', 'int'), ('source_line', 'int'), ('tokens', 'list[Token]'), ('comment', 'Token | None'), ('continued', 'bool'), ('backslash', 'bool'), ('blank_before', 'bool'), ('code', 'str'), ('lhs', 'str | None'), ('rhs', 'str')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, False, True, False, False, False), (('depth', 'field', True, True, True, True, None, True, False), ('source_line', 'field', True, True, True, True, None, True, False), ('tokens', 'field', True, False, True, True, None, True, False), ('comment', 'field', False, True, True, True, None, True, False), ('continued', 'field', False, True, True, True, None, True, False), ('backslash', 'field', False, True, True, True, None, True, False), ('blank_before', 'field', False, True, True, True, None, True, False), ('code', 'field', False, True, True, True, None, True, False), ('lhs', 'field', False, True, True, True, None, True, False), ('rhs', 'field', False, True, True, True, None, True, False))), {'__init__': 'db9d8326c94b504bc268853a3e8f67093e687501c84945a6c5ef630c4080bb11', '__repr__': '539e2b1942184fdda9c852cfcf4b73ab23717c5d12abfd0dc9952c98bcf9a95d', '__eq__': '809b45f2fcda02ca43c13798685dc761864c8f19d01bdffcd705a7eeece8a500'}, ("_Line(depth: 'int', source_line: 'int', tokens: 'list[Token]' = <factory>, comment: 'Token | None' = None, continued: 'bool' = False, backslash: 'bool' = False, blank_before: 'bool' = False, code: 'str' = '', lhs: 'str | None' = None, rhs: 'str' = '')", ('None', 'False', 'False', 'False', "''", 'None', "''"))),
    ('bote.live.session', 'Session'): ((('statements', 'list[str]'), ('report', 'FileReport | None'), ('sampling', 'Sampling | None')), ('field', 'field', 'field'), ((True, True, True, False, False, False, True, False, False, False), (('statements', 'field', True, False, True, True, None, True, False), ('report', 'field', False, True, True, True, None, True, False), ('sampling', 'field', False, True, True, True, None, True, False))), {'__init__': '95928cd13b41fbf63b518402cce4277b7b05e74701a863666750a967a6038619', '__repr__': 'bea6deab066225b7f3a2b67f34599faa2c546a02378cb6779a8db4b35beae642', '__eq__': 'dcb341e1832b0170b80245b480cda1107ebfd5bfe9f1795759c7123d9e0afe34'}, ("Session(statements: 'list[str]' = <factory>, report: 'FileReport | None' = None, sampling: 'Sampling | None' = None)", ('None', 'None'))),
    ('bote.lsp.names', 'Occurrence'): ((('name', 'str'), ('what', 'str'), ('span', 'Span'), ('definition', 'bool'), ('component', 'str | None'), ('written', 'str'), ('variant', 'str | None'), ('setting', 'Span | None')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('what', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('definition', 'field', False, True, True, True, None, True, False), ('component', 'field', False, True, True, True, None, True, False), ('written', 'field', False, True, True, True, None, True, False), ('variant', 'field', False, True, True, True, None, True, False), ('setting', 'field', False, True, True, True, None, True, False))), {'__init__': '4a86f5060951daf5a56cd7cca0520c8b49c1b657a9044cf92130f57961424900', '__repr__': 'fc9a2382b2d0c0dda52cb46a63f1828e9f6ca0cb3a46dca08511f665bb8dc052', '__eq__': 'f16fe0d008e3124fde2e6e08388573d64cad96fa43b730d26f153455c36bd686', '__setattr__': '915d02702a7641fad1f42bdf2381735e8e5ad7387d56388ad7b48e13a9ee2938', '__delattr__': 'd39e5275ceb86911f78379b90e57f4d158d2d629cf9d8c6c5b5c6b19844b9ac8', '__hash__': '5c7f4fd4ab4a8bb6ada8265543a95e2f9f725c4b6a59a107859cb3446d417d57'}, ("Occurrence(name: 'str', what: 'str', span: 'Span', definition: 'bool' = False, component: 'str | None' = None, written: 'str' = '', variant: 'str | None' = None, setting: 'Span | None' = None)", ('False', 'None', "''", 'None', 'None'))),
    ('bote.lsp.names', 'Names'): ((('occurrences', 'list[Occurrence]'), ('bindings', 'dict[str, nodes.Binding]'), ('components', 'dict[str, nodes.Component]'), ('declared_units', 'dict[str, Span]')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, False, True, False, False, False), (('occurrences', 'field', True, True, True, True, None, True, False), ('bindings', 'field', True, True, True, True, None, True, False), ('components', 'field', True, True, True, True, None, True, False), ('declared_units', 'field', True, True, True, True, None, True, False))), {'__init__': '7c4335ae9114b4dd2d4e7aa87d07ff3dff9e6a2c80a19625b3048aafdbafec71', '__repr__': '250b8c4ba14d9b5826bc2ed019978abce45eb37e3bbadfa3459795082cd44992', '__eq__': '9ba3ba9d508dee466dd36bf19efc554dce27cc70feaa7be254fbc57cdfe763e5'}, ("Names(occurrences: 'list[Occurrence]', bindings: 'dict[str, nodes.Binding]', components: 'dict[str, nodes.Component]', declared_units: 'dict[str, Span]')", ())),
    ('bote.lsp.analysis', 'Block'): ((('keyword', 'Token'), ('name', 'str'), ('open', 'Token'), ('close', 'Token | None')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('keyword', 'field', True, True, True, True, None, True, False), ('name', 'field', True, True, True, True, None, True, False), ('open', 'field', True, True, True, True, None, True, False), ('close', 'field', True, True, True, True, None, True, False))), {'__init__': 'e3324feb83f351c20eed5d223c4af73c8f3e50e1391d3fbab7eea1fd525ce69c', '__repr__': '38af98e7675e88cf6beac2ec0a47365585a16ca52ab32b0191ebc4ff14488b95', '__eq__': 'fe4580f70ade43950e900f38ccc006663b7d0ddd50b96f1f4f8bda575e72d99c', '__setattr__': '1cb684f8da7e9728f1b3440d71e6c0c5a225b1aefb2afcc111a9808aa2f8601f', '__delattr__': '79cc5d78f3e6f6b05f4adb93ae4c50790bd0f3672c4fdf1d65bdcd2e7a01301f', '__hash__': 'fc3b168c54a9f22b11fb4bd73d0f674f4c3cbc1c7e0808d56d1913a6e1a0443b'}, None),
    ('bote.lsp.analysis', 'Analysis'): ((('uri', 'str'), ('filename', 'str'), ('text', 'str'), ('version', 'int | None'), ('report', 'FileReport'), ('program', 'nodes.Program | None'), ('source', 'str'), ('names', 'Names'), ('encoding', 'str'), ('units', 'FileUnits | None'), ('left_out', 'tuple[int, ...]')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, False, True, False, False, False), (('uri', 'field', True, True, True, True, None, True, False), ('filename', 'field', True, True, True, True, None, True, False), ('text', 'field', True, True, True, True, None, True, False), ('version', 'field', True, True, True, True, None, True, False), ('report', 'field', True, True, True, True, None, True, False), ('program', 'field', True, True, True, True, None, True, False), ('source', 'field', True, True, True, True, None, True, False), ('names', 'field', True, True, True, True, None, True, False), ('encoding', 'field', False, True, True, True, None, True, False), ('units', 'field', False, True, True, False, None, True, False), ('left_out', 'field', False, True, True, True, None, True, False))), {'__init__': 'a5970af1daaf1c71f0e32523051f27a0e00dbe6d9f35dbd1ca53113d7268497f', '__repr__': 'fe727144c21023bb3c48332c178cb312865913981656a9f15bdb7e089921008c', '__eq__': '43ade1a1d0f1aa90a0d0a15140bfd74ff4b7a6c7647936911416d6ae7e1394e8'}, ("Analysis(uri: 'str', filename: 'str', text: 'str', version: 'int | None', report: 'FileReport', program: 'nodes.Program | None', source: 'str', names: 'Names', encoding: 'str' = 'utf-16', units: 'FileUnits | None' = None, left_out: 'tuple[int, ...]' = ())", ("'utf-16'", 'None', '()'))),
    ('bote.model.catalog', 'InstanceType'): ((('name', 'str'), ('provider', 'str'), ('family', 'str'), ('vcpus', 'int'), ('memory', 'Quantity'), ('local_disk', 'Quantity | None'), ('price', 'Quantity'), ('region', 'str'), ('date', 'str'), ('source', 'str'), ('price_text', 'str'), ('local_disk_text', 'str')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('provider', 'field', True, True, True, True, None, True, False), ('family', 'field', True, True, True, True, None, True, False), ('vcpus', 'field', True, True, True, True, None, True, False), ('memory', 'field', True, True, True, True, None, True, False), ('local_disk', 'field', True, True, True, True, None, True, False), ('price', 'field', True, True, True, True, None, True, False), ('region', 'field', True, True, True, True, None, True, False), ('date', 'field', True, True, True, True, None, True, False), ('source', 'field', True, True, True, True, None, True, False), ('price_text', 'field', False, True, True, True, None, True, False), ('local_disk_text', 'field', False, True, True, True, None, True, False))), {'__init__': '6c208243a69b3f4d4b5696265af69ca1e1725a59d443342e6c585ace5a018bcd', '__repr__': '20b77ddc4d69d9c000e0de7da984014ff3319f1b5baa46e66d2b36dd25d6378e', '__eq__': '513e27ea618129dfb90d2beae0a9773d6492feffe2174661eddffd387e45a7b4', '__setattr__': '75ddaa7c9a502f4b90abbc022f307958f57506f0e577f37331e42173ad17a946', '__delattr__': '4025857c9c5c10540bb712355d404cab322b5b1f808f8626ffc70f2b2a0e41af', '__hash__': '0a472d27ba7ca3b28a33534fb0c21e3db3eb4e78a95738683d75e6933702167b'}, ("InstanceType(name: 'str', provider: 'str', family: 'str', vcpus: 'int', memory: 'Quantity', local_disk: 'Quantity | None', price: 'Quantity', region: 'str', date: 'str', source: 'str', price_text: 'str' = '', local_disk_text: 'str' = '')", ("''", "''"))),
    ('bote.model.cost', 'ComponentCost'): ((('compute', 'Magnitude | None'), ('storage', 'Magnitude | None'), ('egress', 'Magnitude | None')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('compute', 'field', True, True, True, True, None, True, False), ('storage', 'field', True, True, True, True, None, True, False), ('egress', 'field', True, True, True, True, None, True, False))), {'__init__': '5945d5504b8c098641a9c776eb296635af7d31241458d6453d53edf6157ea570', '__repr__': 'fbd6ad4e926390c76c1308c538f4e709d10fe584872b35dc2b20db5ad97aecea', '__eq__': '8de687d0177664db88dd860b4dafa0fe56f64bafd807e98d4e12f2b705ca0bd5', '__setattr__': '6734d57865a62d44109985ba8e8544b4ad3e77011b53ac6e28f02ee0a63dd5d4', '__delattr__': 'ab8bdfd9168f9ff478354095746ed093518ac80f9f42cce18457feba72d1143b', '__hash__': 'f48297aa4f75ac96ba9a34198f300266beb85a1bcf9b12d7c389932fc3fde394'}, None),
    ('bote.model.kinds.base', 'KindModel'): ((('kind', 'str'), ('load', 'Magnitude'), ('average', 'Magnitude'), ('sizing', 'Sizing | None'), ('broker', 'ComponentModel | None'), ('polling', 'tuple | None'), ('rate_limit', 'Magnitude | None'), ('latency', 'Magnitude | None'), ('max_utilization', 'Magnitude | None'), ('drain_rate', 'Magnitude | None'), ('burst', 'Magnitude | None'), ('drain_within', 'Magnitude | None'), ('message_size', 'Magnitude | None'), ('backlog', 'Magnitude | None'), ('drain_time', 'Magnitude | None'), ('bytes_held', 'Magnitude | None'), ('growth', 'Magnitude | None'), ('memory', 'Magnitude | None'), ('storage', 'Magnitude | None')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('kind', 'field', True, True, True, True, None, True, False), ('load', 'field', True, True, True, True, None, True, False), ('average', 'field', True, True, True, True, None, True, False), ('sizing', 'field', False, True, True, True, None, True, False), ('broker', 'field', False, True, True, True, None, True, False), ('polling', 'field', False, True, True, True, None, True, False), ('rate_limit', 'field', False, True, True, True, None, True, False), ('latency', 'field', False, True, True, True, None, True, False), ('max_utilization', 'field', False, True, True, True, None, True, False), ('drain_rate', 'field', False, True, True, True, None, True, False), ('burst', 'field', False, True, True, True, None, True, False), ('drain_within', 'field', False, True, True, True, None, True, False), ('message_size', 'field', False, True, True, True, None, True, False), ('backlog', 'field', False, True, True, True, None, True, False), ('drain_time', 'field', False, True, True, True, None, True, False), ('bytes_held', 'field', False, True, True, True, None, True, False), ('growth', 'field', False, True, True, True, None, True, False), ('memory', 'field', False, True, True, True, None, True, False), ('storage', 'field', False, True, True, True, None, True, False))), {'__init__': 'fe106780ab74627a1f8d26d6b2e9de5e64ff146177472c163fbf275af37032ee', '__repr__': 'ca8058cf712256c14a35c8d7906c04f395a59131e0a6c42871ddc8540b2d3ec2', '__eq__': '9c8e9f106ec17a7778feb7f75e96b8c7fdc1a066d90f2639620c0e5ab593c0ca', '__setattr__': '4f575d86eaa5a6209873bfb5975f369f4e780806ad33d757e599356ad768b807', '__delattr__': 'b350268580f1a9bfb220be49d67ab9bb42e6bdd10ee4c30417ce5df75742bf6b', '__hash__': 'c470fcc17ab4d9c7aa239d54c7a0f637c085abf81eac1b54dc3c7071af6ad4ff'}, None),
    ('bote.model.kinds.base', 'SizingInputs'): ((('info', 'ComponentInfo'), ('prop', 'Callable[[str], Magnitude | None]'), ('load', 'Magnitude'), ('average', 'Magnitude'), ('consumers', 'Callable'), ('size_server', 'Callable')), ('field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('info', 'field', True, True, True, True, None, True, False), ('prop', 'field', True, True, True, True, None, True, False), ('load', 'field', True, True, True, True, None, True, False), ('average', 'field', True, True, True, True, None, True, False), ('consumers', 'field', True, True, True, True, None, True, False), ('size_server', 'field', True, True, True, True, None, True, False))), {'__init__': '4b73ec8ff33ffd1324662ec1a11760171fa5627b76786e425b65441248282610', '__repr__': '452e63c0bda1325e366bf5fc2ab96c0ef14bff679d3ab016dff9071a3c55720a', '__eq__': '63b12fff7f03a7f2194b85ed24c6e87f580426693d8719c6d1777513d6c92674', '__setattr__': '961756742319b59c4d69e3cca0441e8c55b222c1ca38203df2c1e1ff7c9725f3', '__delattr__': '6bc0965bc399630811882984108d94afcea0a6f13573d26820bbbb48f18052ff', '__hash__': '4ad97ac89c676c80560a42d4b0c40b683acf1bdc3fe19849f2f3d487deb75061'}, None),
    ('bote.model.kinds.base', 'RiskInputs'): ((('info', 'ComponentInfo'), ('prop', 'Callable[[str], Magnitude | None]'), ('assumed', 'bool'), ('cold_load', 'Magnitude | None'), ('size_at', 'Magnitude'), ('rate', 'str')), ('field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('info', 'field', True, True, True, True, None, True, False), ('prop', 'field', True, True, True, True, None, True, False), ('assumed', 'field', True, True, True, True, None, True, False), ('cold_load', 'field', True, True, True, True, None, True, False), ('size_at', 'field', True, True, True, True, None, True, False), ('rate', 'field', True, True, True, True, None, True, False))), {'__init__': '13eb2b23b0ecf4bba084de30ad4a7dd7e20bd4d532e974ff19a368c71a289fe1', '__repr__': '8506689b57c9f6334f2cfa0f6a2eac8f8af77255046f1463fecabedf10211cd2', '__eq__': 'c72927bbe7ab2258f6f9196d01fa73739623339a5722547d802b510c288a4b34', '__setattr__': '0aec6049754c1dc43da92ad58a808cbdccf080170cdad5ef54ca8a0b25836357', '__delattr__': 'b8cc2455842e2cfa5f5f5b11b7c9fbaa31e160150ec07cd8a896a9a7872c67f8', '__hash__': '63fbaa1cae63e88aa141661bcfe8a39f5d723abf510ccb4d49804a4366996a0f'}, None),
    ('bote.model.resolve', 'LabelTrap'): ((('name', 'nodes.Name'), ('binding', 'str'), ('label', 'str'), ('number', 'str')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('binding', 'field', True, True, True, True, None, True, False), ('label', 'field', True, True, True, True, None, True, False), ('number', 'field', True, True, True, True, None, True, False))), {'__init__': 'f665bcd480676e16df474125426e9e6d7a1bbe201e9bfbfcebe2fde928b4e60a', '__repr__': '5c0cedb525b1da4f1b7b85ad816963897fdabd09bb31499097ee287f7d937755', '__eq__': 'bcc5676a73c839ff3c8988127b8fb41b58525433380390656c16d258b02dd9f6', '__setattr__': '1c650432cd55a9158ca996a0dc929a4407c3e44f6cf5e4dfc673e9f36ef3c446', '__delattr__': '38533acbe021b60637d612cde725c3337b946fa7bdd7a9f80fe61a0ab6372c20', '__hash__': 'f94f521224a151a74f58ca483ff377f812ace7894d4ac992d57e3b494b415ea5'}, None),
    ('bote.model.resolve', 'ComponentInfo'): ((('node', 'nodes.Component'), ('properties', 'dict[str, nodes.Property]'), ('choices', 'dict[str, str]'), ('has_unknown', 'bool'), ('written_otherwise', 'set[str]'), ('class_properties', 'dict[str, tuple[str, str, nodes.Property]]')), ('field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, False, True, False, False, False), (('node', 'field', True, True, True, True, None, True, False), ('properties', 'field', True, True, True, True, None, True, False), ('choices', 'field', True, False, True, True, None, True, False), ('has_unknown', 'field', False, True, True, True, None, True, False), ('written_otherwise', 'field', True, False, True, True, None, True, False), ('class_properties', 'field', True, False, True, True, None, True, False))), {'__init__': 'c3b126d5f8e55b4369397af3c36f2f76825306e2548c63ba430bad6c80b07a8e', '__repr__': 'add112416b18672d5f52cc05724784ff6c956b230e6dca3bd1577ece699b0739', '__eq__': 'a64ed85790ae4f536dae03dc867bf11076b9cb962c94ede42cf37d39ab16279f'}, ("ComponentInfo(node: 'nodes.Component', properties: 'dict[str, nodes.Property]', choices: 'dict[str, str]' = <factory>, has_unknown: 'bool' = False, written_otherwise: 'set[str]' = <factory>, class_properties: 'dict[str, tuple[str, str, nodes.Property]]' = <factory>)", ('False',))),
    ('bote.model.resolve', 'Resolved'): ((('program', 'nodes.Program'), ('units', 'FileUnits'), ('bindings', 'dict[str, nodes.Binding]'), ('components', 'dict[str, ComponentInfo]'), ('incoming', 'dict[str, list[nodes.Edge]]'), ('asserts', 'list[nodes.Assert]'), ('refs', 'dict[int, Ref]'), ('deps', 'dict[NodeKey, list[NodeKey]]'), ('assert_deps', 'list[list[NodeKey]]'), ('order', 'list[NodeKey]'), ('spans', 'dict[NodeKey, Span]'), ('diagnostics', 'list[Diagnostic]'), ('label_traps', 'list[LabelTrap]'), ('flows', 'dict[str, Span]'), ('started', 'dict[str, tuple[str, ...]]'), ('members', 'dict[str, list[str]]')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, False, True, False, False, False), (('program', 'field', True, True, True, True, None, True, False), ('units', 'field', True, True, True, True, None, True, False), ('bindings', 'field', True, True, True, True, None, True, False), ('components', 'field', True, True, True, True, None, True, False), ('incoming', 'field', True, True, True, True, None, True, False), ('asserts', 'field', True, True, True, True, None, True, False), ('refs', 'field', True, True, True, True, None, True, False), ('deps', 'field', True, True, True, True, None, True, False), ('assert_deps', 'field', True, True, True, True, None, True, False), ('order', 'field', True, True, True, True, None, True, False), ('spans', 'field', True, True, True, True, None, True, False), ('diagnostics', 'field', True, True, True, True, None, True, False), ('label_traps', 'field', True, False, True, True, None, True, False), ('flows', 'field', True, False, True, True, None, True, False), ('started', 'field', True, False, True, True, None, True, False), ('members', 'field', True, False, True, True, None, True, False))), {'__init__': '5d5b4fe32e414ec485885ebb8e6841e00b63b4d3572d473e4012c4b2c1e9512b', '__repr__': 'e394e89ef12f48afb596fc702c5f907b79ba6f5dcabf2fce8dd1aeb600bd459d', '__eq__': '496f037ac0eac68c5cd195bc31ae64f318426c067e161b82397173e56386fdbe'}, ("Resolved(program: 'nodes.Program', units: 'FileUnits', bindings: 'dict[str, nodes.Binding]', components: 'dict[str, ComponentInfo]', incoming: 'dict[str, list[nodes.Edge]]', asserts: 'list[nodes.Assert]', refs: 'dict[int, Ref]', deps: 'dict[NodeKey, list[NodeKey]]', assert_deps: 'list[list[NodeKey]]', order: 'list[NodeKey]', spans: 'dict[NodeKey, Span]', diagnostics: 'list[Diagnostic]', label_traps: 'list[LabelTrap]' = <factory>, flows: 'dict[str, Span]' = <factory>, started: 'dict[str, tuple[str, ...]]' = <factory>, members: 'dict[str, list[str]]' = <factory>)", ())),
    ('bote.model.failures', 'CallerEdge'): ((('caller', 'str'), ('flow', 'str'), ('first', 'Magnitude'), ('retries', 'int'), ('timeout', 'Magnitude | None'), ('timeout_of', 'str'), ('waits', 'bool')), ('field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('caller', 'field', True, True, True, True, None, True, False), ('flow', 'field', True, True, True, True, None, True, False), ('first', 'field', True, True, True, True, None, True, False), ('retries', 'field', True, True, True, True, None, True, False), ('timeout', 'field', True, True, True, True, None, True, False), ('timeout_of', 'field', False, True, True, True, None, True, False), ('waits', 'field', False, True, True, True, None, True, False))), {'__init__': '9649e829977e062b12b0586ae93dbe0716b9d4f67ba233d3cd967561d960a0ac', '__repr__': '0e7c2a617cc02bde2ffcf050671d904a524b8e321d49f1d388c804deb0829a6c', '__eq__': '873ee9bd93403352dc61f988e6af1a1db149fad339cbee8cf1c2bec0006763f7', '__setattr__': '56153c47faa7dca55c1972a89d6aa03777c486bfba9e3837e4d900c3ff63a29f', '__delattr__': 'a803a4fdca75b18b4027cefede986b99f4d71ffa3bf202dd2b5f87bb7da08cbc', '__hash__': '07cef544d8b1c2bdfb0768572ed62af4cd5d2fd6ff07e824817fefd3414468c1'}, None),
    ('bote.model.failures', 'Response'): ((('downstream', 'dict[str, Magnitude]'), ('service_time', 'Magnitude | None'), ('servers', 'int | None'), ('instances', 'Magnitude | None'), ('latency', 'Magnitude | None')), ('field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('downstream', 'field', True, True, True, True, None, True, False), ('service_time', 'field', False, True, True, True, None, True, False), ('servers', 'field', False, True, True, True, None, True, False), ('instances', 'field', False, True, True, True, None, True, False), ('latency', 'field', False, True, True, True, None, True, False))), {'__init__': 'b7bf914e5b05656d7ad2326cb3494e5421cb0a4db16592f4187cc039b16c2ec2', '__repr__': '6f13a12bf83b86e89c254f6d009966582d89ac22e10603f1b375bdb01a57f837', '__eq__': 'a55ecb072eaf2a3c6f79d87e41a02f917424091779f19c6a045d33de590b5a26', '__setattr__': '3b1c16b5e3315f133f7f0a65b56921b5b848c1f9e2620909dc018230f2566a9c', '__delattr__': 'd1b597c093f89c79bf891ebbacedf2d815a145dfe052c64a3ef824636c727862', '__hash__': 'a27d05dededfcc483ebfa912400d9ec0d2983e7b438f8cde1d1935d5f5fd3d68'}, None),
    ('bote.model.failures', 'Served'): ((('name', 'str'), ('callers', 'tuple[CallerEdge, ...]'), ('error_rate', 'Magnitude'), ('rate_limit', 'Magnitude | None'), ('served', 'Magnitude | None'), ('response', 'Response'), ('calls', 'tuple[tuple[str, str, Magnitude], ...]'), ('retries', 'int'), ('flow_loads', 'dict[str, Magnitude]'), ('relays', 'bool')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('name', 'field', True, True, True, True, None, True, False), ('callers', 'field', True, True, True, True, None, True, False), ('error_rate', 'field', True, True, True, True, None, True, False), ('rate_limit', 'field', True, True, True, True, None, True, False), ('served', 'field', True, True, True, True, None, True, False), ('response', 'field', True, True, True, True, None, True, False), ('calls', 'field', True, True, True, True, None, True, False), ('retries', 'field', True, True, True, True, None, True, False), ('flow_loads', 'field', True, True, True, True, None, True, False), ('relays', 'field', False, True, True, True, None, True, False))), {'__init__': '751facf863daa03b811a2bf39ba9480b7af424632392e70bda9741b7187e7088', '__repr__': 'f7811642d567feca87a82d17b78edc93b9afc41a8e6d29382b2e64e0dff76b99', '__eq__': 'c3c7ff2855721b838e1bef6b8bfb8d1555caba5b1ce80a16c01f87b9daa034ce', '__setattr__': '6d7b4703a1b8a5dccd36bcd7c0811a241b79ba4b999579bb772f549c0ddf482e', '__delattr__': '3b58b72f28f31f700dcca8d1f3d925371747f6cc3b953f7ec3007ac3f8bac357', '__hash__': '5748e0f0b6585fede34d1d36a3256df53956fd3c245bfa4febb289a4648eec34'}, None),
    ('bote.model.failures', 'Failures'): ((('first', 'Magnitude'), ('offered', 'Magnitude'), ('rate_limited', 'Magnitude'), ('overloaded', 'Magnitude'), ('failed', 'Magnitude'), ('timed_out', 'Magnitude'), ('downstream', 'dict[str, Magnitude]'), ('failure_share', 'Magnitude'), ('limit', 'Magnitude | None'), ('callers', 'tuple[CallerEdge, ...]'), ('attempt_failure', 'dict[tuple[str, str], Magnitude]'), ('timeouts', 'dict[tuple[str, str], Magnitude]'), ('binding', 'str')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('first', 'field', True, True, True, True, None, True, False), ('offered', 'field', True, True, True, True, None, True, False), ('rate_limited', 'field', True, True, True, True, None, True, False), ('overloaded', 'field', True, True, True, True, None, True, False), ('failed', 'field', True, True, True, True, None, True, False), ('timed_out', 'field', True, True, True, True, None, True, False), ('downstream', 'field', True, True, True, True, None, True, False), ('failure_share', 'field', True, True, True, True, None, True, False), ('limit', 'field', True, True, True, True, None, True, False), ('callers', 'field', False, True, True, True, None, True, False), ('attempt_failure', 'field', True, False, True, True, None, True, False), ('timeouts', 'field', True, False, True, True, None, True, False), ('binding', 'field', False, True, True, True, None, True, False))), {'__init__': 'cb3f8c155d257f9c182e27c0678fdd6d0c42016a0a9d57845ca5481f65ae5a88', '__repr__': '48da402f6a3fa0b3b80014ec1ca2d05ec4142603e584c0ee155c2dd2e0a51fcd', '__eq__': 'd365da7873ee05f9ee30559122c5621f5db7ba7381b6437583730f42bf3c4d62', '__setattr__': 'ef34fe085f26b04333c6b8cd6487ac003c65b4436e317d773fd340acd3ddaabe', '__delattr__': '396bbbc54b34e3383e024a95ce288fc4f318cf9d0dffab285eea3e2467aa8f62', '__hash__': 'c8309ff6e529094e39c3dc3b6ad7368add76b135775d0e27395b10cf7fd3d817'}, None),
    ('bote.model.headroom', 'Limit'): ((('fails_by', 'str'), ('multiplier', 'Magnitude')), ('field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('fails_by', 'field', True, True, True, True, None, True, False), ('multiplier', 'field', True, True, True, True, None, True, False))), {'__init__': '4b4d9dd1240131b732b438be44b193a8b6a8174e2eb3b4b2bbbb97e7da7b8704', '__repr__': '6cfdf2e3c6e70ba6d584dd7e3db59eace4c3eadb8a87e56d6e002f4acaeb1f47', '__eq__': '518575756c36f17a2f7b1e26892aaef75aef0822e001c75afe6473671e981dbd', '__setattr__': 'f680e8a1640ae90f135f6f2e389fd817f5394ba0391fad118730338cb4ca39e5', '__delattr__': '171db76ef54a1d66846c99af9f73798160741ca15e305d224fb84d1e015c4386', '__hash__': '6e470923196d85994cf02dd8ae094fadc3cf8281210972a5a65800984f756b33'}, None),
    ('bote.model.headroom', 'Headroom'): ((('multiplier', 'Magnitude'), ('fails_by', 'str'), ('limits', 'tuple[Limit, ...]')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('multiplier', 'field', True, True, True, True, None, True, False), ('fails_by', 'field', True, True, True, True, None, True, False), ('limits', 'field', True, True, True, True, None, True, False))), {'__init__': '47f6c719a4b54b66bd5a3e2d295773af3057c84bdc7256a702745d2dcc810b66', '__repr__': '4d2738e2208718cccaa5c4b30d8b5b29aebc743a0001e5a8e48290714f47e5f5', '__eq__': 'f5febc1125d6debaf33e3daaa2f184b68c54a02c49262ff42feef0c81d1ea52e', '__setattr__': 'bc8c3d115409f547db79c41521cb1286d5e555017f1e41231773262086320a3b', '__delattr__': 'f2e9b2ef7d2ea02ef39cc7b88c0c8c252e4a4e491b422fb0057ef3ba053c41f7', '__hash__': '4a03d8f52446690e8810e30b3755cea15bd1d1be2ce4f69e8e4b7d2d4e6cfd27'}, None),
    ('bote.render.rules', 'Rule'): ((('id', 'str'), ('level', 'str'), ('short', 'str'), ('meaning', 'str'), ('formula', 'str'), ('remedies', 'tuple[str, ...]'), ('section', 'str'), ('tags', 'tuple[str, ...]'), ('doc', 'str')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('id', 'field', True, True, True, True, None, True, False), ('level', 'field', True, True, True, True, None, True, False), ('short', 'field', True, True, True, True, None, True, False), ('meaning', 'field', True, True, True, True, None, True, False), ('formula', 'field', True, True, True, True, None, True, False), ('remedies', 'field', True, True, True, True, None, True, False), ('section', 'field', True, True, True, True, None, True, False), ('tags', 'field', True, True, True, True, None, True, False), ('doc', 'field', False, True, True, True, None, True, False))), {'__init__': 'ad34a21a28648bf3dd531998698422e37a96c2c93921845d8751fda03830f083', '__repr__': '66b021671c6085fb651af3f87497422c098cfe4d769879c8ca9a5147fa6c8d6d', '__eq__': '8d3f63e97b4cf04e32f0ea8f6d1e035937d3fbdf169fc5f02f1198ccf099067b', '__setattr__': 'a1f68782f7f54d78c8da3e75cbf1e2b4e8276b95b3b28e463f2cd29ad0bf7a79', '__delattr__': '44a4a8c5cf73247a81068d1e997d5aef136d5c746d1af1dd3b1c40320f34005e', '__hash__': '2e7dc18728c6e796cacb9d43fe88a052227bd3cabcaaed20b044d2b6ea4918a3'}, ("Rule(id: 'str', level: 'str', short: 'str', meaning: 'str', formula: 'str', remedies: 'tuple[str, ...]', section: 'str', tags: 'tuple[str, ...]', doc: 'str' = 'language.md')", ("'language.md'",))),
    ('bote.uncertainty.samples', 'Source'): ((('label', 'str'), ('span', 'Span'), ('samples', 'np.ndarray'), ('node', 'object')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('label', 'field', True, True, True, True, None, True, False), ('span', 'field', True, True, True, True, None, True, False), ('samples', 'field', True, True, True, True, None, True, False), ('node', 'field', False, True, True, True, None, True, False))), {'__init__': 'b0148a6772e663ae604f6b1f6dfd81c982c5d35fe15961efac86d05c1feec4c6', '__repr__': '32adbac3157c5b29f1d759ddc0923cc0a7ee895a23a3d0239498a91a56afe0cd', '__eq__': '625d8773eb4ae4e91db7aedf791cbfbb51971def998bd840187b352db74e6867', '__setattr__': '789475446fde893b0848601c4033d8a69761c3d5fa44fd747947d2bea2566335', '__delattr__': 'c664024c4cc80b678cc0359849a07559f40f87d7b42619ebfbc8e58e44a9e772', '__hash__': '030a6c2745f797262501c7da49ff2a2812f34ea331659f96f50b7f66c4f9ae7f'}, None),
    ('bote.uncertainty.samples', 'Summary'): ((('p5', 'float'), ('p50', 'float'), ('p95', 'float'), ('mean', 'float')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, True, False), (('p5', 'field', True, True, True, True, None, True, False), ('p50', 'field', True, True, True, True, None, True, False), ('p95', 'field', True, True, True, True, None, True, False), ('mean', 'field', True, True, True, True, None, True, False))), {'__init__': '68f6710195ab8b2c858a6688b2c64bd101a4961b228f16cd8ef1a750cac572e9', '__repr__': 'f9028a5651858eb3966e6919f537abd7551fd6d37678ed7f3b7135d9cf834de9', '__eq__': 'e64ae63e95a97c83b5b54a34de33fb621186fc2e07459a703f275b380581f15f', '__setattr__': 'b9cfbdbb4d2680ebe4bab148cb254721623dd6d8dad5a295ed998e1bb7298237', '__delattr__': 'b9e559120498ac49b1e1a3cf7ca8a91c55774484849b3200500058387be17705', '__hash__': '6bfe8dfc4823a472dbb8b49506a2e681ad8449310f5c5a2bff1f224a5b0740d9'}, ("Summary(p5: 'float', p50: 'float', p95: 'float', mean: 'float')", ())),
    ('bote.writeback.edits', 'Outcome'): ((('exit_code', 'int'), ('errors', 'list[str]'), ('diff', 'str'), ('note', 'str'), ('diagnostics', 'list[Diagnostic]'), ('changed_line', 'int | None')), ('field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, False, True, False, False, False), (('exit_code', 'field', False, True, True, True, None, True, False), ('errors', 'field', True, False, True, True, None, True, False), ('diff', 'field', False, True, True, True, None, True, False), ('note', 'field', False, True, True, True, None, True, False), ('diagnostics', 'field', True, False, True, True, None, True, False), ('changed_line', 'field', False, True, True, True, None, True, False))), {'__init__': '710366f9e9cd570e073d344af7136f5237a25b684614b040e93004fc03feda3d', '__repr__': '4ce00f2bda70e6b8957e016c9e1bf66d10c00844d1d7e7e382cc85cd2e5e3445', '__eq__': '1c5a2ac877a2abe7e234eef656b6d66cb7e5e7b6e4bbcfdccf12cf4bdaef45bc'}, None),
    ('bote.writeback.cleaning', 'CleanDoc'): ((('text', 'str'), ('line_of', 'list[int]'), ('blocks', 'list[Block]'), ('markers', 'Markers')), ('field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, False, False), (('text', 'field', True, True, True, True, None, True, False), ('line_of', 'field', True, True, True, True, None, True, False), ('blocks', 'field', True, True, True, True, None, True, False), ('markers', 'field', True, True, True, True, None, True, False))), {'__init__': '0751e1b3d4335a3fc6373c9f36e1bc20988b466de93b6c519a5f5da71c551c3c', '__repr__': 'd31856afabbe9e6ac18be709862a797011422c46466aba2c9ec63e82d78e2ead', '__eq__': '6796250f8cc9459b641254b8e7bd362b639dbda560437c7b25617aaffa177cdb', '__setattr__': '55319a63739506d00389bb02d0bebb304e879a7484d031752f71ebd54b19a05b', '__delattr__': '829abd4d214b38a920a6c373bdd395cd97f1fa6bb6fd7d1cd06999af3182e78c', '__hash__': '2070f0f3647bfc2b1c2b6b4771c9b55ada546f729774a61f20d952126ddbc42b'}, None),
    ('bote.writeback.doc_images', 'Image'): ((('path', 'Path'), ('data', 'bytes'), ('markdown', 'str')), ('field', 'field', 'field'), ((True, True, True, False, False, True, True, False, False, False), (('path', 'field', True, True, True, True, None, True, False), ('data', 'field', True, True, True, True, None, True, False), ('markdown', 'field', True, True, True, True, None, True, False))), {'__init__': '52f3ca3994cc28477364e3f0a91babdd2adcbdf52f3290a09f634d6d5f1b64cb', '__repr__': '5a7b0b32204848e51480ae8127e0703047c834179c60ab5a090a1f29f6b5a907', '__eq__': 'aeb10665e4d4da726574da75fdf5b2ca4e54734581057b8f4eef8ce6ce6b4716', '__setattr__': '86350b1a527353b5f38e1ef51301747f57154474fbf2064d9496c777554bd869', '__delattr__': '14a2547ef7d27958db6e2165c3a302c5e9fb874979b1ecab70adab4f55512840', '__hash__': '4e63ae8de00e56367ec248242d129dfd6435cfc4f98a99769196a64678cd323e'}, None),
    ('bote.writeback.plot', 'Distribution'): ((('name', 'str'), ('samples', 'np.ndarray'), ('unit', 'str'), ('p5', 'str'), ('p50', 'str'), ('p95', 'str'), ('percent', 'bool'), ('seed', 'int | None')), ('field', 'field', 'field', 'field', 'field', 'field', 'field', 'field'), ((True, True, True, False, False, True, True, False, False, False), (('name', 'field', True, True, True, True, None, True, False), ('samples', 'field', True, True, True, True, None, True, False), ('unit', 'field', True, True, True, True, None, True, False), ('p5', 'field', True, True, True, True, None, True, False), ('p50', 'field', True, True, True, True, None, True, False), ('p95', 'field', True, True, True, True, None, True, False), ('percent', 'field', True, True, True, True, None, True, False), ('seed', 'field', False, True, True, True, None, True, False))), {'__init__': '7dac7132c4e355dbd4430ebd5150f6bb3d7b486e4e272733edf4d854a02b38c2', '__repr__': '7ce9e960cbf283e29ad542e2262e55f270c04bcfd19e105900ea1119324e3c20', '__eq__': 'b6bf500e2504231010ca4638658626df4ef769a0ffce668c50692ffc53221ef3', '__setattr__': 'f776e483678f77ba28b0e78b9536ea54276de8b10bdabac66fe64ca22ca4e914', '__delattr__': '72759c4b5f5c7840f5f0b63283cb337daffb7c2a56d329d3417418f3c2499087', '__hash__': '2374af6a2b3449b1400b1797d553f6559b4e5fcb3a2b7f50d44f223956c730f5'}, None),
}
