package io.phasewise.adapters.persistence.account;

import io.phasewise.domain.account.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps users to and from {@link UserJpaEntity}. */
@Mapper(uses = AccountValues.class)
interface UserEntityMapper {
  UserEntityMapper INSTANCE = Mappers.getMapper(UserEntityMapper.class);

  @Mapping(target = "version", ignore = true)
  UserJpaEntity toEntity(User user);

  User toUser(UserJpaEntity entity);
}
